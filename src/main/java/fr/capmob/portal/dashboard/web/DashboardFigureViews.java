package fr.capmob.portal.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capmob.portal.dashboard.Breakdown;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.Dimension;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures part of a dashboard page (key figures, outcomes, exams, map, charts and their tables), as HTML.
 * <p>
 * It is a few hundred table cells: writing them cost a dashboard three times a light page. The same figures are
 * shown again and again (a snapshot changes every few minutes; a small consortium's live figures when something
 * changed), so the HTML is kept for the figures, the language and the page's links that produced it: other figures
 * are another entry, never a stale one. At most {@link #CACHED} entries, each dropped half an hour after its last view.
 */
@Component
class DashboardFigureViews {

    /** The lines a long breakdown (schools) shows, the largest first; the CSV has them all. */
    static final int TOP_ROWS = 10;
    static final int CACHED = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the HTML depends on: the figures, named by their version ({@code DashboardSnapshots.Dashboard#version()}: the
     * snapshot they come from, so that a large snapshot's figures are not compared field by field on every view), and
     * everything else the fragment writes.
     */
    record Key(Object figuresVersion, boolean schoolScoped, String csvUrl, String mapOutlines, Locale locale) {
    }

    private final ITemplateEngine templates;
    private final EuropeMap map;
    private final DashboardLabels labels;
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(CACHED)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    DashboardFigureViews(ITemplateEngine templates, EuropeMap map, DashboardLabels labels) {
        this.templates = templates;
        this.map = map;
        this.labels = labels;
    }

    /** The HTML of these figures (of the version the key names). */
    String html(Key key, DashboardFigures figures) {
        return rendered.get(key, k -> render(k, figures));
    }

    private String render(Key key, DashboardFigures figures) {
        Map<String, Object> model = new HashMap<>();
        model.put("figures", figures);
        model.put("schoolScoped", key.schoolScoped());
        model.put("csvUrl", key.csvUrl());
        model.put("mapOutlines", key.mapOutlines());
        Map<String, List<Line>> lines = lines(figures, key.locale());
        model.put("lines", lines);
        model.put("schoolsInCsvOnly", Math.max(figures.by(Dimension.SCHOOL).size() - TOP_ROWS, 0));
        model.put("topRows", TOP_ROWS);
        Map<String, Long> perCountry = new LinkedHashMap<>();
        figures.by(Dimension.COUNTRY).forEach(b -> perCountry.put(b.key(), b.total()));
        model.put("mapViewBox", map.viewBox());
        model.put("mapShapes", map.shade(perCountry, key.locale()));
        model.put("mapLegend", EuropeMap.legend(perCountry.values().stream().mapToLong(Long::longValue).max().orElse(0)));
        model.put("charts", Map.of("month", chart(lines.get("MONTH")), "field", chart(lines.get("FIELD")),
                "school", chart(lines.get("SCHOOL"))));
        return templates.process("dashboard/figures", Set.of("figures"), new Context(key.locale(), model));
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
