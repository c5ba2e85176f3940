package fr.capmob.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as French users type them. */
class MoneyTextTest {

    @Test
    void acceptsDecimalCommaPointSpacesAndEuroSign() {
        assertThat(MoneyText.parse("1261,60")).contains(new BigDecimal("1261.60"));
        assertThat(MoneyText.parse("1 234,5")).contains(new BigDecimal("1234.50"));
        assertThat(MoneyText.parse("1\u202f234,56 €")).contains(new BigDecimal("1234.56"));
        assertThat(MoneyText.parse("315.40")).contains(new BigDecimal("315.40"));
        assertThat(MoneyText.parse("-12,3")).contains(new BigDecimal("-12.30"));
        assertThat(MoneyText.parse("80")).contains(new BigDecimal("80.00"));
    }

    @Test
    void refusesAmbiguousOrInvalidText() {
        assertThat(MoneyText.parse("1,234")).isEmpty(); // three decimals: a thousands comma, not a cent
        assertThat(MoneyText.parse("12,345")).isEmpty();
        assertThat(MoneyText.parse("abc")).isEmpty();
        assertThat(MoneyText.parse("")).isEmpty();
        assertThat(MoneyText.parse(null)).isEmpty();
        assertThat(MoneyText.parse("1.2.3")).isEmpty();
    }

    @Test
    void formatsWithADecimalComma() {
        assertThat(MoneyText.format(new BigDecimal("1261.6"))).isEqualTo("1261,60");
        assertThat(MoneyText.format(new BigDecimal("0"))).isEqualTo("0,00");
    }
}
