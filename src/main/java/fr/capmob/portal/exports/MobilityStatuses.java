package fr.capmob.portal.exports;

/**
 * Which mobilities the Beneficiary Module file holds (an SQL condition on the alias {@code m}): the mobilities the
 * coordinator approved (APPROVED and later) and the force-majeure cancellations; drafts and submitted mobilities are
 * not yet the consortium's. (The budget exports read the budget module's figures instead.)
 */
final class MobilityStatuses {

    static final String BENEFICIARY_MODULE = "(m.status in ('APPROVED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED') "
            + "or (m.status = 'CANCELLED' and m.force_majeure))";

    private MobilityStatuses() {
    }
}
