package fr.capmob.portal.dashboard.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.DashboardFilter;
import fr.capmob.portal.dashboard.DashboardService;
import fr.capmob.portal.dashboard.DashboardSnapshots;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The impact dashboard of the consortium, a project or a school, within the user's scope (a referent and a
 * school's accountant: their school; another school → 404), and the same figures as CSV.
 */
@Controller
class DashboardController {

    private final DashboardService dashboard;
    private final DashboardSnapshots snapshots;
    private final ProjectService projects;
    private final DashboardLabels labels;
    private final DashboardFigureViews figureViews;

    DashboardController(DashboardService dashboard, DashboardSnapshots snapshots, ProjectService projects,
                        DashboardLabels labels, DashboardFigureViews figureViews) {
        this.dashboard = dashboard;
        this.snapshots = snapshots;
        this.projects = projects;
        this.labels = labels;
        this.figureViews = figureViews;
    }

    @GetMapping("/dashboard")
    String consortium(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                      @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                      HttpServletResponse response) {
        return page(new DashboardFilter(projectId, schoolId), user, locale, model, response);
    }

    @GetMapping("/dashboard/projects/{id}")
    String project(@PathVariable long id, @RequestParam(required = false) Long schoolId,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                   HttpServletResponse response) {
        return page(new DashboardFilter(id, schoolId), user, locale, model, response);
    }

    @GetMapping("/dashboard/schools/{id}")
    String school(@PathVariable long id, @RequestParam(required = false) Long projectId,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                  HttpServletResponse response) {
        return page(new DashboardFilter(projectId, id), user, locale, model, response);
    }

    @GetMapping("/dashboard.csv")
    void csv(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
             @AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        DashboardFilter filter = new DashboardFilter(projectId, schoolId);
        checkFilter(filter, user);
        DashboardFigures figures = snapshots.current(filter, user).figures();
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"dashboard.csv\"");
        response.setHeader("Cache-Control", "no-store");
        DashboardCsv.write(figures, labels, locale, response.getWriter());
    }

    /** 404 for a project or a school that does not exist, or a school outside the user's scope. */
    private Map<String, String> checkFilter(DashboardFilter filter, CurrentUser user) {
        Map<String, String> names = new LinkedHashMap<>();
        if (filter.projectId() != null) {
            names.put("project", dashboard.projectLabel(filter.projectId()));
        }
        if (filter.schoolId() != null) {
            names.put("school", dashboard.schoolName(filter.schoolId(), user));
        }
        return names;
    }

    private String page(DashboardFilter filter, CurrentUser user, Locale locale, Model model,
                        HttpServletResponse response) {
        Map<String, String> names = checkFilter(filter, user);
        DashboardSnapshots.Dashboard current = snapshots.current(filter, user);
        DashboardFigures figures = current.figures();
        model.addAttribute("asOf", current.asOf() == null ? null : java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Paris")).format(current.asOf()));
        model.addAttribute("filter", filter);
        model.addAttribute("projectLabel", names.get("project"));
        model.addAttribute("schoolName", names.get("school"));
        boolean schoolScoped = filter.schoolId() != null || !user.seesWholeConsortium();
        model.addAttribute("schoolScoped", schoolScoped);
        model.addAttribute("projects", projects.options(user));
        model.addAttribute("pickSchool", user.seesWholeConsortium());
        String csvUrl = UriComponentsBuilder.fromPath("/dashboard.csv")
                .queryParamIfPresent("projectId", java.util.Optional.ofNullable(filter.projectId()))
                .queryParamIfPresent("schoolId", java.util.Optional.ofNullable(filter.schoolId()))
                .queryParam("lang", locale.getLanguage()).build().toUriString();
        model.addAttribute("csvUrl", csvUrl);
        // the map's outlines: the fingerprinted URL the resource chain gives the response (the portal runs at the root)
        String mapOutlines = response.encodeURL("/img/europe-map.svg");
        model.addAttribute("figuresHtml", figureViews.html(
                new DashboardFigureViews.Key(current.version(), schoolScoped, csvUrl, mapOutlines, locale), figures));
        return "dashboard/index";
    }
}
