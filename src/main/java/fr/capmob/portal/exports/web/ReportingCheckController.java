package fr.capmob.portal.exports.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.exports.ExportService;
import fr.capmob.portal.exports.ReportingCheck;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The completeness check of a project's reporting file (coordinators): what each mobility lacks for the Commission's
 * tool, with the form that fixes it. Without a project, the list of projects to check.
 */
@Controller
class ReportingCheckController {

    private final ReportingCheck check;
    private final ExportService exports;

    ReportingCheckController(ReportingCheck check, ExportService exports) {
        this.check = check;
        this.exports = exports;
    }

    @GetMapping("/exports/reporting")
    @PreAuthorize("hasRole('COORDINATOR')")
    String check(@RequestParam(required = false) Long project, @RequestParam(defaultValue = "0") int page,
                 @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("projects", exports.projects(user));
        if (project != null) {
            ReportingCheck.Result result = check.check(project, page);
            model.addAttribute("result", result);
            model.addAttribute("projectId", project);
            model.addAttribute("links", PageLinks.of(request, "/exports/reporting"));
        }
        return "exports/reporting";
    }
}
