package fr.capmob.portal.mobility;

/** Which report form a participant fills: learners the full one, staff the shorter one. */
public enum ReportKind {
    LEARNER,
    STAFF;

    /** Learners and staff on a job shadowing, teaching or course get a report; escorts and invited experts none. */
    static java.util.Optional<ReportKind> of(ActivityType type) {
        if (type.isLearner()) {
            return java.util.Optional.of(LEARNER);
        }
        return switch (type) {
            case SM_JOB_SHDW, SM_TTA, SM_COUR_TRAIN -> java.util.Optional.of(STAFF);
            default -> java.util.Optional.empty();
        };
    }
}
