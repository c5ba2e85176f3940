package fr.capmob.portal.mobility;

import java.time.LocalDate;

/** One participant of a trip: their own mobility. {@code readable}: the user may open that mobility. */
public record TripParticipant(long mobilityId, String reference, String name, String schoolName,
                              ActivityType activityType, boolean learner, boolean minor, boolean consentMissing,
                              LocalDate startDate, LocalDate endDate, MobilityStatus status, boolean readable) {
}
