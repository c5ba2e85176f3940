package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFileNamesTest {

    @Test
    void asciiWordsJoinedByHyphensAndParts() {
        assertThat(DocumentFileNames.of("convention-de-subvention", "047193-MOB-00001", "Dvořák-Nuñez"))
                .isEqualTo("convention-de-subvention_047193-mob-00001_dvorak-nunez.pdf");
        assertThat(DocumentFileNames.of("record-of-skills", "Berlin printemps 2019 — Łódź & Straße"))
                .isEqualTo("record-of-skills_berlin-printemps-2019-lodz-strasse.pdf");
        assertThat(DocumentFileNames.of("certificate", "", null)).isEqualTo("certificate.pdf");
    }
}
