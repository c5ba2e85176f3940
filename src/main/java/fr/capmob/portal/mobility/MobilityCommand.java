package fr.capmob.portal.mobility;

/**
 * What a user enters for a mobility, in named groups: who goes ({@link MobilityParticipant}), where and how
 * ({@link Placement}), when ({@link StayPeriod}), what they learn there ({@link LearningAgreement}), and what only
 * the grant needs ({@link GrantInputs}). A missing group is an empty one.
 */
public record MobilityCommand(Long projectId, ActivityType activityType, MobilityParticipant participant,
                              Placement placement, StayPeriod period, LearningAgreement learningAgreement,
                              String notes, GrantInputs grant) {

    public MobilityCommand {
        participant = participant == null ? MobilityParticipant.NONE : participant;
        placement = placement == null ? Placement.NONE : placement;
        period = period == null ? StayPeriod.UNKNOWN : period;
        learningAgreement = learningAgreement == null ? LearningAgreement.EMPTY : learningAgreement;
        grant = grant == null ? GrantInputs.NONE : grant;
    }

    /** A mobility without learning agreement, notes or grant-specific inputs (a participant added to a trip). */
    public MobilityCommand(Long projectId, ActivityType activityType, MobilityParticipant participant,
                           Placement placement, StayPeriod period) {
        this(projectId, activityType, participant, placement, period, LearningAgreement.EMPTY, null, GrantInputs.NONE);
    }

    MobilityCommand inProject(long projectId) {
        return new MobilityCommand(projectId, activityType, participant, placement, period, learningAgreement, notes, grant);
    }

    MobilityCommand withGrant(GrantInputs grant) {
        return new MobilityCommand(projectId, activityType, participant, placement, period, learningAgreement, notes, grant);
    }
}
