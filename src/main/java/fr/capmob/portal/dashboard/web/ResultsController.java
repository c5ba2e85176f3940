package fr.capmob.portal.dashboard.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.dashboard.ResultFilter;
import fr.capmob.portal.dashboard.ResultQueries;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Exam results across students (recorded on each student's exam page), within the user's scope. */
@Controller
class ResultsController {

    private final ResultQueries results;
    private final SchoolDirectory schools;

    ResultsController(ResultQueries results, SchoolDirectory schools) {
        this.results = results;
        this.schools = schools;
    }

    @GetMapping("/results")
    String list(@RequestParam(required = false) Long schoolId, @RequestParam(required = false) QualificationLevel level,
                @RequestParam(required = false) String session, @RequestParam(required = false) ExamOutcome outcome,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, sort, dir, ResultQueries.SORT_KEYS, "session");
        model.addAttribute("results", results.search(new ResultFilter(schoolId, level, session, outcome), pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/results"));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("pickSchool", user.seesWholeConsortium());
            model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("levels", QualificationLevel.values());
            model.addAttribute("outcomes", ExamOutcome.values());
        }
        return HtmxRequests.view(request, "dashboard/results", "results");
    }
}
