package fr.capmob.portal.budget;

import java.math.BigDecimal;

/**
 * The money figures of one project, school, budget item or mobility, in euros; every page and export derives its
 * figures here. Granted (or allocated to a school), planned and committed come from {@link BudgetSql}; payments are
 * null for a budget item (participants are paid a grant, not an item).
 * <ul>
 *   <li>available = granted − committed − planned (planned is on top of committed);</li>
 *   <li>still to pay = what committed mobilities owe beyond what each was paid;</li>
 *   <li>to recover = what mobilities were paid beyond what each owes now (e.g. an advance paid before an ordinary
 *       cancellation, or more than the costs of a force-majeure cancellation), less what was written off; money
 *       received back is deducted from what was paid.</li>
 * </ul>
 */
public record BudgetFigures(BigDecimal granted, BigDecimal planned, BigDecimal committed, PaidAmounts payments) {

    /** No money at all (with payments): the start of a sum. */
    public static final BudgetFigures ZERO = new BudgetFigures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), PaidAmounts.ZERO);

    /** The figures of two parts together (e.g. the schools of a project); payments are kept only when both have them. */
    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(granted.add(other.granted), planned.add(other.planned), committed.add(other.committed),
                payments == null || other.payments == null ? null : payments.plus(other.payments));
    }

    public BigDecimal available() {
        return granted.subtract(committed).subtract(planned);
    }

    public BigDecimal paid() {
        return payments == null ? null : payments.total();
    }

    public BigDecimal stillToPay() {
        return payments == null ? null : committed.subtract(payments.ofCommitted());
    }

    public BigDecimal toRecover() {
        return payments == null ? null : payments.total().subtract(payments.ofCommitted()).subtract(payments.ofPlanned())
                .subtract(payments.writtenOff());
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
