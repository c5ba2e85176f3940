package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void frenchAmountsAndDates() {
        DocumentFormat fr = DocumentFormat.of(Locale.FRENCH);
        assertThat(plain(fr.money(new BigDecimal("1234.56")))).isEqualTo("1 234,56 €");
        assertThat(plain(fr.money(new BigDecimal("0.50")))).isEqualTo("0,50 €");
        assertThat(fr.date(LocalDate.of(2019, 3, 4))).isEqualTo("4 mars 2019");
        assertThat(fr.country("DE")).isEqualTo("Allemagne");
        assertThat(fr.number(new BigDecimal("80"))).isEqualTo("80");
    }

    @Test
    void englishAmountsAndDates() {
        DocumentFormat en = DocumentFormat.of(Locale.forLanguageTag("en-US"));
        assertThat(en.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(en.date(LocalDate.of(2019, 3, 4))).isEqualTo("4 March 2019");
        assertThat(en.country("DE")).isEqualTo("Germany");
    }

    @Test
    void anyOtherLanguageGivesFrench() {
        assertThat(DocumentFormat.language(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
        assertThat(DocumentFormat.language(null)).isEqualTo(Locale.FRENCH);
        assertThat(DocumentFormat.language(Locale.UK)).isEqualTo(Locale.ENGLISH);
    }
}
