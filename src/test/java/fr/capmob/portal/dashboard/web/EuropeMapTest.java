package fr.capmob.portal.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The map's countries, their shading classes, and the cached outlines the page refers to. */
class EuropeMapTest {

    private final EuropeMap map = new EuropeMap();

    @Test
    void everyCountryHasItsOutlineInTheStaticFileAndNoOutlineIsLeftOver() throws IOException {
        String svg = new ClassPathResource("static/img/europe-map.svg").getContentAsString(StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile("<path id=\"([A-Z]{2})\" d=\"M[^\"]+\"/>").matcher(svg);
        List<String> outlined = ids.results().map(m -> m.group(1)).toList();
        assertThat(outlined).containsExactlyInAnyOrderElementsOf(
                map.outlines().stream().map(EuropeMap.Outline::iso2).toList());
        assertThat(svg).as("the page colours each country: the file sets no fill").doesNotContain("fill=", "fill:", "style");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + map.viewBox() + "\">");
    }

    @Test
    void theLargestCountIsInTheDarkestClassAndNoneInTheGreyOne() {
        // 12 at most: 12 → ceil(60/12) = 5, 3 → ceil(15/12) = 2, 1 → ceil(5/12) = 1, 0 → 0
        Map<String, String> classes = map.shade(Map.of("DE", 12L, "ES", 3L, "IT", 1L), Locale.FRENCH).stream()
                .collect(Collectors.toMap(EuropeMap.Shape::iso2, EuropeMap.Shape::cssClass));
        assertThat(classes).containsEntry("DE", "map-q5").containsEntry("ES", "map-q2").containsEntry("IT", "map-q1")
                .containsEntry("FR", "map-q0");
        assertThat(map.shade(Map.of("DE", 12L), Locale.FRENCH)).filteredOn(s -> s.iso2().equals("DE"))
                .extracting(EuropeMap.Shape::name).containsExactly("Allemagne");
        assertThat(map.shade(Map.of("DE", 12L), Locale.ENGLISH)).filteredOn(s -> s.iso2().equals("DE"))
                .extracting(EuropeMap.Shape::name).containsExactly("Germany");
    }
}
