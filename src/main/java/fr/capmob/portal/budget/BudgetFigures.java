package fr.capmob.portal.budget;

import java.math.BigDecimal;

/**
 * Granted (or allocated), planned, committed and paid amounts of one project, school or item, in euros.
 * Planned is on top of committed: what is left to plan is granted − committed − planned.
 */
public record BudgetFigures(BigDecimal granted, BigDecimal planned, BigDecimal committed, BigDecimal paid) {

    /** What is neither committed nor planned yet. */
    public BigDecimal available() {
        return granted.subtract(committed).subtract(planned);
    }

    /** Committed but not paid yet. */
    public BigDecimal toPay() {
        return paid == null ? null : committed.subtract(paid);
    }

    /** Committed grants alone exceed the granted amount. */
    public boolean committedExceedsGranted() {
        return committed.compareTo(granted) > 0;
    }

    /** Committed plus planned grants exceed the granted amount (while committed alone does not). */
    public boolean plannedExceedsGranted() {
        return !committedExceedsGranted() && committed.add(planned).compareTo(granted) > 0;
    }
}
