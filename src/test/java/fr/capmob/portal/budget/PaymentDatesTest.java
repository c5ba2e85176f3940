package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Plausible payment dates, with worked examples on a clock fixed at 5 December 2026. */
class PaymentDatesTest {

    private static final Clock DEC_5_2026 = Clock.fixed(LocalDate.of(2026, 12, 5).atStartOfDay(ZoneId.of("Europe/Paris"))
            .plusHours(12).toInstant(), ZoneId.of("Europe/Paris"));

    private static PaymentDates daysAhead(Integer days) {
        return new PaymentDates(new PaymentProperties(days, null, null), DEC_5_2026);
    }

    private static void refused(PaymentDates dates, LocalDate date, String key) {
        assertThatThrownBy(() -> dates.check(date)).isInstanceOfSatisfying(BudgetRuleException.class,
                rule -> org.assertj.core.api.Assertions.assertThat(rule.violations()).singleElement()
                        .satisfies(v -> {
                            org.assertj.core.api.Assertions.assertThat(v.field()).isEqualTo("paidOn");
                            org.assertj.core.api.Assertions.assertThat(v.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void byDefaultTodayIsTheLatestDate() {
        PaymentDates dates = daysAhead(null);
        assertThatCode(() -> dates.check(LocalDate.of(2026, 12, 5))).doesNotThrowAnyException();
        assertThatCode(() -> dates.check(LocalDate.of(2019, 2, 1))).doesNotThrowAnyException();
        refused(dates, LocalDate.of(2026, 12, 6), "budget.payment.date.future");
    }

    @Test
    void theSettingAllowsSomeDaysAhead() {
        PaymentDates dates = daysAhead(3);
        assertThatCode(() -> dates.check(LocalDate.of(2026, 12, 8))).doesNotThrowAnyException();
        refused(dates, LocalDate.of(2026, 12, 9), "budget.payment.date.future");
    }

    @Test
    void yearsOutside1900To2100AreRefused() {
        PaymentDates dates = daysAhead(100_000);
        assertThatCode(() -> dates.check(LocalDate.of(1900, 1, 1))).doesNotThrowAnyException();
        assertThatCode(() -> dates.check(LocalDate.of(2100, 12, 31))).doesNotThrowAnyException();
        refused(dates, LocalDate.of(1899, 12, 31), "budget.payment.date.implausible");
        refused(dates, LocalDate.of(0, 1, 1), "budget.payment.date.implausible");
        refused(dates, LocalDate.of(10000, 1, 1), "budget.payment.date.implausible");
        refused(dates, LocalDate.of(2101, 1, 1), "budget.payment.date.implausible");
        refused(dates, null, "budget.payment.date.required");
    }
}
