package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;

class TemplateAmountsTest {

    private static final StaticMessageSource SOURCE = new StaticMessageSource();
    private static final AmountMessages MESSAGES = new AmountMessages(SOURCE);

    static {
        SOURCE.addMessage("budget.money", Locale.FRENCH, "{0} €");
        SOURCE.addMessage("budget.money", Locale.ENGLISH, "€{0}");
        SOURCE.addMessage("quoted", Locale.FRENCH, "l''école a reçu {0} € '{'net'}'");
        SOURCE.addMessage("twice", Locale.FRENCH, "{0} € (soit {0})");
        SOURCE.addMessage("none", Locale.FRENCH, "aucun montant");
    }

    private static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("0"), new BigDecimal("0.005"),
            new BigDecimal("1234.5"), new BigDecimal("-98765.43"), new BigDecimal("1234567.125"), new BigDecimal("12.345"));

    @Test
    void writesAmountsAsThymeleafsFormatDecimalDid() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.FRANCE)) {
            TemplateAmounts amounts = new TemplateAmounts(locale, MESSAGES);
            for (BigDecimal amount : AMOUNTS) {
                assertThat(amounts.format(amount)).as("%s in %s", amount, locale).isEqualTo(
                        NumberUtils.format(amount, 1, NumberPointType.DEFAULT, 2, NumberPointType.DEFAULT, locale));
            }
        }
    }

    @Test
    void groupsThousandsAndUsesTheLanguagesDecimalMark() {
        assertThat(new TemplateAmounts(Locale.ENGLISH, MESSAGES).format(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(new TemplateAmounts(Locale.FRENCH, MESSAGES).format(new BigDecimal("1234.5")))
                .isEqualTo("1\u202f234,50");
        assertThat(new TemplateAmounts(Locale.FRENCH, MESSAGES).format(null)).isNull();
    }

    @Test
    void writesAnAmountInAMessageAsTheMessageSourceDoes() {
        for (String key : List.of("budget.money", "quoted", "twice", "none")) {
            for (BigDecimal amount : AMOUNTS) {
                TemplateAmounts amounts = new TemplateAmounts(Locale.FRENCH, MESSAGES);
                String written = amounts.format(amount);
                assertThat(amounts.text(key, amount)).as("%s with %s", key, amount)
                        .isEqualTo(SOURCE.getMessage(key, new Object[] {written}, Locale.FRENCH));
            }
        }
        assertThat(new TemplateAmounts(Locale.FRENCH, MESSAGES).text("budget.money", new BigDecimal("1234.5")))
                .isEqualTo("1\u202f234,50 €");
        assertThat(new TemplateAmounts(Locale.ENGLISH, MESSAGES).text("budget.money", new BigDecimal("1234.5")))
                .isEqualTo("€1,234.50");
        assertThat(new TemplateAmounts(Locale.FRENCH, MESSAGES).text("quoted", BigDecimal.TEN))
                .isEqualTo("l'école a reçu 10,00 € {net}");
        assertThat(new TemplateAmounts(Locale.FRENCH, MESSAGES).text("budget.money", null))
                .isEqualTo(SOURCE.getMessage("budget.money", new Object[] {null}, Locale.FRENCH));
    }
}
