package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * What a user enters for a mobility. Exactly one of {@code studentId} and {@code staffId}; the sending school is
 * the participant's; a null {@code destinationCityId} means the host's city; {@code grant}: what only the grant needs.
 */
public record MobilityCommand(Long projectId, ActivityType activityType, Long studentId, Long staffId, Long hostId,
                              Integer destinationCityId, LocalDate startDate, LocalDate endDate, int travelDaysBefore,
                              int travelDaysAfter, int interruptionDays, Transport transport, String learningOutcomes,
                              String tasks, String mentor, String notes, GrantInputs grant) {

    public MobilityCommand {
        grant = grant == null ? GrantInputs.NONE : grant;
    }

    /** A mobility without grant-specific inputs (departure from the school's city, unit costs only). */
    public MobilityCommand(Long projectId, ActivityType activityType, Long studentId, Long staffId, Long hostId,
                           Integer destinationCityId, LocalDate startDate, LocalDate endDate, int travelDaysBefore,
                           int travelDaysAfter, int interruptionDays, Transport transport, String learningOutcomes,
                           String tasks, String mentor, String notes) {
        this(projectId, activityType, studentId, staffId, hostId, destinationCityId, startDate, endDate, travelDaysBefore,
                travelDaysAfter, interruptionDays, transport, learningOutcomes, tasks, mentor, notes, GrantInputs.NONE);
    }
}
