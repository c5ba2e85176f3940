package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;

class TemplateAmountsTest {

    private static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("0"), new BigDecimal("0.005"),
            new BigDecimal("1234.5"), new BigDecimal("-98765.43"), new BigDecimal("1234567.125"), new BigDecimal("12.345"));

    @Test
    void writesAmountsAsThymeleafsFormatDecimalDid() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.FRANCE)) {
            TemplateAmounts amounts = new TemplateAmounts(locale);
            for (BigDecimal amount : AMOUNTS) {
                assertThat(amounts.format(amount)).as("%s in %s", amount, locale).isEqualTo(
                        NumberUtils.format(amount, 1, NumberPointType.DEFAULT, 2, NumberPointType.DEFAULT, locale));
            }
        }
    }

    @Test
    void groupsThousandsAndUsesTheLanguagesDecimalMark() {
        assertThat(new TemplateAmounts(Locale.ENGLISH).format(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(new TemplateAmounts(Locale.FRENCH).format(new BigDecimal("1234.5")))
                .isEqualTo("1\u202f234,50");
        assertThat(new TemplateAmounts(Locale.FRENCH).format(null)).isNull();
    }
}
