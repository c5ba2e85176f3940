package fr.capmob.portal.budget;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Plausible payment dates, for payments and their corrections alike: a year from 1900 to 2100 (the database checks
 * it too), and no later than today plus {@code portal.payments.days-ahead} (0 by default).
 */
@Component
class PaymentDates {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private final PaymentProperties properties;
    private final Clock clock;

    PaymentDates(PaymentProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws BudgetRuleException on field {@code paidOn} when the date is missing or implausible */
    void check(LocalDate paidOn) {
        if (paidOn == null) {
            throw new BudgetRuleException("paidOn", "budget.payment.date.required");
        }
        if (paidOn.isBefore(FIRST) || paidOn.isAfter(LAST)) {
            throw new BudgetRuleException("paidOn", "budget.payment.date.implausible", FIRST.getYear(), LAST.getYear());
        }
        LocalDate latest = LocalDate.now(clock).plusDays(properties.daysAhead());
        if (paidOn.isAfter(latest)) {
            throw new BudgetRuleException("paidOn", "budget.payment.date.future", latest);
        }
    }
}
