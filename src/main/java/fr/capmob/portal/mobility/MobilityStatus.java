package fr.capmob.portal.mobility;

/** Where a mobility stands, from draft to report; CANCELLED ends it at any point before COMPLETED. */
public enum MobilityStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    CONFIRMED,
    IN_PROGRESS,
    COMPLETED,
    REPORTED,
    CANCELLED;

    /** The stage of a mobility in this status ({@link MobilityStage#of}, the {@code stage} of mobility_view). */
    public MobilityStage stage(boolean forceMajeure) {
        return MobilityStage.of(this, forceMajeure);
    }
}
