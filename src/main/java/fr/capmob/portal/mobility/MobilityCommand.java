package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * What a user enters for a mobility. Exactly one of {@code studentId} and {@code staffId}; the sending school is
 * the participant's; a null {@code destinationCityId} means the host's city.
 */
public record MobilityCommand(Long projectId, ActivityType activityType, Long studentId, Long staffId, Long hostId,
                              Integer destinationCityId, LocalDate startDate, LocalDate endDate, int travelDaysBefore,
                              int travelDaysAfter, int interruptionDays, Transport transport, String learningOutcomes,
                              String tasks, String mentor, String notes) {
}
