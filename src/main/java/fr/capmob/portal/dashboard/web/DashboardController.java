package fr.capmob.portal.dashboard.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.dashboard.Breakdown;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.DashboardFilter;
import fr.capmob.portal.dashboard.DashboardService;
import fr.capmob.portal.dashboard.DashboardSnapshots;
import fr.capmob.portal.dashboard.Dimension;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The impact dashboard of the consortium, a project or a school, within the user's scope (a referent and a
 * school's accountant: their school; another school → 404), and the same figures as CSV.
 */
@Controller
class DashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The lines a long breakdown (schools) shows, the largest first; the CSV has them all. */
    static final int TOP_ROWS = 10;

    private final DashboardService dashboard;
    private final DashboardSnapshots snapshots;
    private final ProjectService projects;
    private final EuropeMap map;
    private final DashboardLabels labels;

    DashboardController(DashboardService dashboard, DashboardSnapshots snapshots, ProjectService projects, EuropeMap map,
                        DashboardLabels labels) {
        this.dashboard = dashboard;
        this.snapshots = snapshots;
        this.projects = projects;
        this.map = map;
        this.labels = labels;
    }

    @GetMapping("/dashboard")
    String consortium(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                      @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        return page(new DashboardFilter(projectId, schoolId), user, locale, model);
    }

    @GetMapping("/dashboard/projects/{id}")
    String project(@PathVariable long id, @RequestParam(required = false) Long schoolId,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        return page(new DashboardFilter(id, schoolId), user, locale, model);
    }

    @GetMapping("/dashboard/schools/{id}")
    String school(@PathVariable long id, @RequestParam(required = false) Long projectId,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        return page(new DashboardFilter(projectId, id), user, locale, model);
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

    private String page(DashboardFilter filter, CurrentUser user, Locale locale, Model model) {
        Map<String, String> names = checkFilter(filter, user);
        DashboardSnapshots.Dashboard current = snapshots.current(filter, user);
        DashboardFigures figures = current.figures();
        model.addAttribute("asOf", current.asOf() == null ? null : java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Paris")).format(current.asOf()));
        model.addAttribute("filter", filter);
        model.addAttribute("projectLabel", names.get("project"));
        model.addAttribute("schoolName", names.get("school"));
        model.addAttribute("schoolScoped", filter.schoolId() != null || !user.seesWholeConsortium());
        model.addAttribute("figures", figures);
        model.addAttribute("projects", projects.options(user));
        model.addAttribute("pickSchool", user.seesWholeConsortium());
        model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/dashboard.csv")
                .queryParamIfPresent("projectId", java.util.Optional.ofNullable(filter.projectId()))
                .queryParamIfPresent("schoolId", java.util.Optional.ofNullable(filter.schoolId()))
                .queryParam("lang", locale.getLanguage()).build().toUriString());

        Map<String, List<Line>> lines = lines(figures, locale);
        model.addAttribute("lines", lines);
        model.addAttribute("schoolsInCsvOnly", Math.max(figures.by(Dimension.SCHOOL).size() - TOP_ROWS, 0));
        model.addAttribute("topRows", TOP_ROWS);

        Map<String, Long> perCountry = new LinkedHashMap<>();
        figures.by(Dimension.COUNTRY).forEach(b -> perCountry.put(b.key(), b.total()));
        model.addAttribute("mapViewBox", map.viewBox());
        model.addAttribute("mapShapes", map.shade(perCountry, locale));
        model.addAttribute("mapLegend", EuropeMap.legend(perCountry.values().stream().mapToLong(Long::longValue).max().orElse(0)));
        model.addAttribute("charts", Map.of(
                "month", chart(lines.get("MONTH")),
                "field", chart(lines.get("FIELD")),
                "school", chart(lines.get("SCHOOL"))));
        return "dashboard/index";
    }

    /** Each breakdown's lines; a long one (a school per line) only its top rows, the others are in the CSV. */
    private Map<String, List<Line>> lines(DashboardFigures figures, Locale locale) {
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            List<Breakdown> rows = dimension == Dimension.MONTH ? everyMonth(figures.by(dimension)) : figures.by(dimension);
            int shown = dimension == Dimension.SCHOOL ? Math.min(rows.size(), TOP_ROWS) : rows.size();
            lines.put(dimension.name(), rows.subList(0, shown).stream().map(b -> new Line(b.key(),
                    labels.label(dimension, b, locale), b.learners(), b.staff(), b.total())).toList());
        }
        return lines;
    }

    /** A line of a breakdown as the page shows it. */
    record Line(String key, String label, long learners, long staff, long total) {
    }

    /** What a chart's canvas carries in data attributes: labels and the two series, as JSON arrays. */
    record Chart(String labels, String learners, String staff) {
    }

    private static Chart chart(List<Line> lines) {
        return new Chart(JSON.writeValueAsString(lines.stream().map(Line::label).toList()),
                JSON.writeValueAsString(lines.stream().map(Line::learners).toList()),
                JSON.writeValueAsString(lines.stream().map(Line::staff).toList()));
    }

    /** Months without departures between the first and the last one appear with zero, so the chart keeps its time scale. */
    static List<Breakdown> everyMonth(List<Breakdown> months) {
        if (months.isEmpty()) {
            return months;
        }
        Map<String, Breakdown> byKey = new LinkedHashMap<>();
        months.forEach(b -> byKey.put(b.key(), b));
        List<Breakdown> all = new ArrayList<>();
        YearMonth last = YearMonth.parse(months.get(months.size() - 1).key());
        for (YearMonth m = YearMonth.parse(months.get(0).key()); !m.isAfter(last); m = m.plusMonths(1)) {
            all.add(byKey.getOrDefault(m.toString(), new Breakdown(m.toString(), null, 0, 0)));
        }
        return all;
    }
}
