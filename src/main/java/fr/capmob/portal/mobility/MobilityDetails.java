package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A mobility with the names of what it points at, for its detail page, in named groups: the project, who goes
 * (and from which school), where and how, when, the learning agreement, where it stands, and what was entered for
 * its grant.
 */
public record MobilityDetails(MobilityId id, long version, String reference, Project project,
                              ActivityType activityType, Participant participant, Destination destination,
                              StayPeriod period, LearningAgreement learningAgreement, Standing standing,
                              String notes, LastChange lastChange, TripId tripId, Grant grant) {

    public record Project(long id, String number, String title) {
    }

    /** The participant, whether a minor on the first day, and the sending school (the participant's). */
    public record Participant(Long studentId, Long staffId, String name, boolean minorOnStart, long schoolId,
                              String schoolName) {
    }

    /** The host (none for invited experts), the destination city, and the means of transport. */
    public record Destination(Long hostId, String hostName, int cityId, String cityName, String country,
                              Transport transport) {

        public boolean greenTravel() {
            return transport != null && transport.isGreen();
        }
    }

    /** Where the mobility stands, and why it was cancelled when it was. */
    public record Standing(MobilityStatus status, String cancellationReason, boolean forceMajeure) {

        public MobilityStage stage() {
            return MobilityStage.of(status, forceMajeure);
        }
    }

    public record LastChange(Instant at, String by) {
    }

    /** What was entered for the grant (departure, exceptional and inclusion costs, zero grant, force majeure). */
    public record Grant(Integer departureCityId, String departureCityName, String departureCountry,
                        String locationComment, BigDecimal exceptionalTravelCost, BigDecimal inclusionRealCosts,
                        String inclusionJustification, boolean zeroGrant, BigDecimal forceMajeureCosts,
                        String forceMajeureNote, boolean fewerOpportunities) {
    }

    public MobilityStatus status() {
        return standing.status();
    }

    /**
     * What a tutoring partner's referent reads: everything but the free-text notes and the justification of the
     * participant's inclusion costs (fewer opportunities), which stay with the coordinators and the sending school.
     */
    MobilityDetails forTutoringPartner() {
        Grant partial = new Grant(grant.departureCityId(), grant.departureCityName(), grant.departureCountry(),
                grant.locationComment(), grant.exceptionalTravelCost(), grant.inclusionRealCosts(), null, grant.zeroGrant(),
                grant.forceMajeureCosts(), grant.forceMajeureNote(), grant.fewerOpportunities());
        return new MobilityDetails(id, version, reference, project, activityType, participant, destination, period,
                learningAgreement, standing, null, lastChange, tripId, partial);
    }

    public long projectId() {
        return project.id();
    }

    public long sendingSchoolId() {
        return participant.schoolId();
    }

    public String participantName() {
        return participant.name();
    }

    public int countedDays() {
        return period.countedDays();
    }

    public boolean greenTravel() {
        return destination.greenTravel();
    }
}
