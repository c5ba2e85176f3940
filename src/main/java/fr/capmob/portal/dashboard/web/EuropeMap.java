package fr.capmob.portal.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Europe's countries ({@code dashboard/europe-map.json}: codes and names; their outlines are the static, cached
 * {@code /img/europe-map.svg}, one path per country with the ISO code as id: Natural Earth 1:50m admin-0 countries,
 * public domain, through world-atlas 2.0.2; see europe-map.NOTICE.txt), shaded per request in five classes of
 * mobilities (CSS classes {@code map-q1}…{@code map-q5}, {@code map-q0} for none). The page draws each country with
 * an SVG {@code <use>} of its outline, so it carries a few bytes per country instead of ≈ 280 KB of paths.
 */
@Component
class EuropeMap {

    static final int CLASSES = 5;

    record Outline(String iso2, String nameEn, String nameFr) {
    }

    /** A country as drawn: its outline's id, its class, its count and its name in the user's language. */
    record Shape(String iso2, String name, long count, String cssClass) {
    }

    /** One class of the legend: mobilities from {@code from} to {@code to}. */
    record LegendClass(String cssClass, long from, long to) {
    }

    private final String viewBox;
    private final List<Outline> outlines;

    EuropeMap() {
        try (InputStream in = new ClassPathResource("dashboard/europe-map.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            viewBox = root.get("viewBox").asString();
            List<Outline> list = new ArrayList<>();
            for (JsonNode country : root.get("countries")) {
                list.add(new Outline(country.get("iso2").asString(), country.get("name_en").asString(),
                        country.get("name_fr").asString()));
            }
            outlines = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard/europe-map.json cannot be read", e);
        }
    }

    String viewBox() {
        return viewBox;
    }

    List<Outline> outlines() {
        return outlines;
    }

    /** Class of a count: 0 for none, else ceil(5 × count / max), so the largest count is in class 5. */
    static int classOf(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(CLASSES, Math.max(1, (count * CLASSES + max - 1) / max));
    }

    List<Shape> shade(Map<String, Long> counts, Locale locale) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        boolean french = "fr".equals(locale.getLanguage());
        return outlines.stream().map(o -> {
            long count = counts.getOrDefault(o.iso2(), 0L);
            return new Shape(o.iso2(), french ? o.nameFr() : o.nameEn(), count, "map-q" + classOf(count, max));
        }).toList();
    }

    /** The non-empty classes for this maximum, with the range of counts each covers. */
    static List<LegendClass> legend(long max) {
        List<LegendClass> legend = new ArrayList<>();
        for (int k = 1; k <= CLASSES && max > 0; k++) {
            long from = (k - 1) * max / CLASSES + 1;
            long to = k * max / CLASSES;
            if (from <= to) {
                legend.add(new LegendClass("map-q" + k, from, to));
            }
        }
        return legend;
    }
}
