package fr.capmob.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Hotel Adlon Kempinski GmbH | hotel adlon kempinski",
            "HÔTEL ADLON-KEMPINSKI | hotel adlon kempinski",
            "Hotel Adlon Kempinski, G.m.b.H. | hotel adlon kempinski",
            "Pastificio Rossi S.r.l. | pastificio rossi",
            "Pastificio Rossi SRL | pastificio rossi",
            "Dublin Fashion House Ltd. | dublin fashion house",
            "Dublin Fashion House Limited | dublin fashion house",
            "SARL Boulangerie Martin | boulangerie martin",
            "Boulangerie Martin SARL | boulangerie martin",
            "Müller & Söhne GmbH & Co. KG | muller sohne",
            "Hoteles del Sur S.L. | hoteles del sur",
            "Atelier Plume S.A.S. | atelier plume",
            "Kraków Catering sp. z o.o. | krakow catering",
            "Tallinna Kokakool OÜ | tallinna kokakool",
            "Hotel Oy | hotel",
            "SA | sa",
            "GmbH | gmbh"})
    void legalFormsCaseAccentsAndPunctuationAreIgnored(String legalName, String expected) {
        assertThat(OrganisationNames.normalise(legalName)).isEqualTo(expected);
    }
}
