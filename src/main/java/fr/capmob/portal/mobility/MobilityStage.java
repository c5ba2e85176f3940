package fr.capmob.portal.mobility;

/**
 * Where a mobility stands for the rest of the portal: the {@code stage} column of the published view
 * {@code mobility_view} (migration V20_1, where every stage and flag is defined once). Other modules read mobilities
 * only through that view and these names, never through the mobility tables or the status literals.
 */
public enum MobilityStage {
    /** DRAFT, SUBMITTED, APPROVED: the grant is still computed live. */
    PLANNED,
    /** CONFIRMED and later: the grant is frozen and owed. */
    COMMITTED,
    /** Cancelled for force majeure: the costs incurred stay owed and are reported. */
    CANCELLED_FORCE_MAJEURE,
    /** Any other cancellation: counts nowhere. */
    CANCELLED;

    /** The stage of a mobility in this status (the view's definition, which {@code MobilityViewTest} compares). */
    public static MobilityStage of(MobilityStatus status, boolean forceMajeure) {
        return switch (status) {
            case DRAFT, SUBMITTED, APPROVED -> PLANNED;
            case CONFIRMED, IN_PROGRESS, COMPLETED, REPORTED -> COMMITTED;
            case CANCELLED -> forceMajeure ? CANCELLED_FORCE_MAJEURE : CANCELLED;
        };
    }
}
