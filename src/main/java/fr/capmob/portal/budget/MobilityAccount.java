package fr.capmob.portal.budget;

import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a mobility's participant is owed ({@code owed} of {@link BudgetSql#MOBILITY_MONEY}: planned or committed
 * total, a force-majeure cancellation's costs, 0 for any other cancellation or without a grant), what was paid
 * (payments, corrections and money received back), what of the excess was written off; what is still to pay or to
 * recover (never a negative "still to pay"), the suggested advance and balance, and whether it may be paid now.
 *
 * @param status      the mobility's status
 * @param stage       its stage (tells a force-majeure cancellation, whose costs stay owed, from any other)
 * @param payableFrom the status from which its project allows payments
 */
public record MobilityAccount(long mobilityId, String reference, String participant, long schoolId, String schoolName,
                              long projectId, String projectNumber, MobilityStatus status, MobilityStage stage,
                              boolean hasGrant, boolean committed, BigDecimal owed, BigDecimal paid, BigDecimal writtenOff,
                              BigDecimal advanceShare, MobilityStatus payableFrom) {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    /** owed − paid: negative when more was paid than is owed (see {@link #toRecover}). */
    public BigDecimal remaining() {
        return owed.subtract(paid);
    }

    /** What is still to be paid to the participant (0 when nothing more is owed). */
    public BigDecimal stillToPay() {
        return remaining().max(NONE);
    }

    /** What was paid beyond what is owed, less what was written off: to be paid back by the participant. */
    public BigDecimal toRecover() {
        return paid.subtract(owed).subtract(writtenOff).max(NONE);
    }

    /**
     * Whether a payment may be recorded now: the mobility reached the project's status (and is not cancelled), or
     * was cancelled for force majeure, whose costs stay owed.
     */
    public boolean payable() {
        if (status == MobilityStatus.CANCELLED) {
            return stage == MobilityStage.CANCELLED_FORCE_MAJEURE;
        }
        return status.compareTo(payableFrom) >= 0;
    }

    /**
     * The advance still to pay: share × owed, rounded to the cent half-up (e.g. 80% of 1 577,00 € = 1 261,60 €),
     * less what was already paid (never negative): 0 once an advance was paid in full.
     */
    public BigDecimal suggestedAdvance() {
        return owed.multiply(advanceShare).setScale(2, RoundingMode.HALF_UP).subtract(paid).max(NONE);
    }

    /**
     * The balance: owed − already paid (advances, corrections and money received back deducted; never negative),
     * e.g. 1 577,00 € owed after a 1 261,60 € advance: 315,40 €. Only the whole grant when nothing was paid yet.
     */
    public BigDecimal suggestedBalance() {
        return stillToPay();
    }

    /** True when paying {@code amount} more would make the paid total exceed what is owed. */
    public boolean wouldExceed(BigDecimal amount) {
        return paid.add(amount).compareTo(owed) > 0;
    }
}
