package fr.capmob.portal.mobility;

import java.time.LocalDate;

/** A line of the mobility list or of the approval queue. */
public record MobilitySummary(MobilityId id, String reference, String projectNumber, ActivityType activityType,
                              String participantName, boolean minor, boolean fewerOpportunities, String schoolName,
                              String hostName, String cityName, String country, LocalDate startDate, LocalDate endDate,
                              MobilityStatus status) {
}
