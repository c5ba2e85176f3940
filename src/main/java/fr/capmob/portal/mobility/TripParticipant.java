package fr.capmob.portal.mobility;

import java.time.LocalDate;

/** One participant of a trip: their own mobility. {@code readable}: the user may open that mobility. */
public record TripParticipant(MobilityId mobility, String reference, String name, String schoolName,
                              ActivityType activityType, boolean learner, boolean minor, boolean consentMissing,
                              LocalDate startDate, LocalDate endDate, MobilityStatus status, boolean readable) {

    /** The id of the participant's mobility as a number (for links and for the documents of a trip). */
    public long mobilityId() {
        return mobility.value();
    }
}
