package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectOptionsTest {

    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();

    static {
        COUNTRIES.put("DE", "Allemagne");
        COUNTRIES.put("FR", "France");
        COUNTRIES.put("XX", "<Côte & \"Île\">");
    }

    @Test
    void theOptionsInTheirOrderTheChosenOneSelectedLabelsEscaped() {
        assertThat(SelectOptions.html(COUNTRIES, "FR")).isEqualTo("<option value=\"DE\">Allemagne</option>"
                + "<option value=\"FR\" selected=\"selected\">France</option>"
                + "<option value=\"XX\">&lt;C&ocirc;te &amp; &quot;&Icirc;le&quot;&gt;</option>");
    }

    @Test
    void noneIsSelectedWithoutAChoiceOrWithAnUnknownOne() {
        assertThat(SelectOptions.html(COUNTRIES, null)).doesNotContain("selected");
        assertThat(SelectOptions.html(COUNTRIES, "fr")).doesNotContain("selected");
        assertThat(SelectOptions.html(Map.of(), "FR")).isEmpty();
    }
}
