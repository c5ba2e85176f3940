package fr.capmob.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Saint-Étienne | saint etienne",
            "SAINT ÉTIENNE | saint etienne",
            "München | munchen",
            "Reykjavík | reykjavik",
            "Gießen | giessen",
            "Łódź | lodz",
            "Ærøskøbing | aeroskobing",
            "Đakovo | dakovo",
            "L'Haÿ-les-Roses | l hay les roses",
            "  Évora  | evora",
            "İstanbul | istanbul",
            "Sant Pere, Santa Caterina i La Ribera | sant pere santa caterina i la ribera"})
    void searchForm(String name, String expected) {
        assertThat(PlaceNames.searchForm(name)).isEqualTo(expected);
    }
}
