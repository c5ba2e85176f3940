package fr.capmob.portal.mobility;

import java.time.Instant;
import java.time.LocalDate;

/** A mobility with the names of what it points at, for its detail page. */
public record MobilityDetails(long id, long version, String reference, long projectId, String projectNumber,
                              String projectTitle, ActivityType activityType, Long studentId, Long staffId,
                              String participantName, boolean minorOnStart, long sendingSchoolId, String schoolName,
                              Long hostId, String hostName, int destinationCityId, String cityName, String country,
                              LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                              int interruptionDays, Transport transport, String learningOutcomes, String tasks,
                              String mentor, MobilityStatus status, String cancellationReason, boolean forceMajeure,
                              String notes, Instant updatedAt, String updatedBy, Long tripId) {

    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays);
    }

    public boolean greenTravel() {
        return transport != null && transport.isGreen();
    }
}
