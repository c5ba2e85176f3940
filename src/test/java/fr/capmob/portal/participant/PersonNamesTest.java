package fr.capmob.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void caseAccentsAndPunctuationAreIgnored() {
        assertThat(PersonNames.normalise("Lefèvre")).isEqualTo("lefevre");
        assertThat(PersonNames.normalise("LEFÈVRE")).isEqualTo("lefevre");
        assertThat(PersonNames.normalise("  Jean-Noël ")).isEqualTo("jean noel");
        assertThat(PersonNames.normalise("N’Diaye")).isEqualTo("n diaye");
        assertThat(PersonNames.normalise("Œdipe Straße")).isEqualTo("oedipe strasse");
        assertThat(PersonNames.normalise("Çelik")).isEqualTo("celik");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(PersonNames.normalise("Martin")).isNotEqualTo(PersonNames.normalise("Martine"));
        assertThat(PersonNames.normalise(null)).isEmpty();
    }
}
