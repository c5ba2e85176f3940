package fr.capmob.portal.exports;

/**
 * Which mobilities count where (SQL conditions on the alias {@code m}). Planned: DRAFT, SUBMITTED, APPROVED.
 * Committed: CONFIRMED and later, and cancellations for force majeure (their costs incurred are owed). A mobility
 * cancelled for any other reason counts nowhere and is never exported. The Beneficiary Module file holds the
 * mobilities the coordinator approved (APPROVED and later) and the force-majeure cancellations: drafts and
 * submitted mobilities are not yet the consortium's.
 */
final class MobilityStatuses {

    static final String PLANNED = "m.status in ('DRAFT', 'SUBMITTED', 'APPROVED')";
    static final String COMMITTED = "(m.status in ('CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED') "
            + "or (m.status = 'CANCELLED' and m.force_majeure))";
    static final String COUNTED = "(m.status <> 'CANCELLED' or m.force_majeure)";
    static final String BENEFICIARY_MODULE = "(m.status in ('APPROVED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED') "
            + "or (m.status = 'CANCELLED' and m.force_majeure))";
    /** Mobility scope: the request's school and project (null = all in the user's scope). */
    static final String SCOPE = "(cast(:school as bigint) is null or m.sending_school_id = :school) "
            + "and (cast(:project as bigint) is null or m.project_id = :project)";

    private MobilityStatuses() {
    }
}
