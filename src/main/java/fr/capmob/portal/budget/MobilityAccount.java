package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a mobility's participant is owed ({@code owed} of {@link BudgetSql#MOBILITY_MONEY}: planned or committed
 * total, a force-majeure cancellation's costs, 0 for any other cancellation or without a grant), what was paid
 * (payments and corrections) and what remains (negative: to recover); with the suggested advance and balance.
 *
 * @param status the mobility's status name (mobility.MobilityStatus)
 */
public record MobilityAccount(long mobilityId, String reference, String participant, long schoolId, String schoolName,
                              long projectId, String projectNumber, String status, boolean hasGrant, boolean committed,
                              BigDecimal owed, BigDecimal paid, BigDecimal advanceShare) {

    public BigDecimal remaining() {
        return owed.subtract(paid);
    }

    /** share × owed, rounded to the cent half-up (e.g. 80% of 1 577,00 € = 1 261,60 €). */
    public BigDecimal suggestedAdvance() {
        return owed.multiply(advanceShare).setScale(2, RoundingMode.HALF_UP);
    }

    /** owed − already paid (never negative). */
    public BigDecimal suggestedBalance() {
        return remaining().max(BigDecimal.ZERO.setScale(2));
    }

    /** True when paying {@code amount} more would make the paid total exceed what is owed. */
    public boolean wouldExceed(BigDecimal amount) {
        return paid.add(amount).compareTo(owed) > 0;
    }
}
