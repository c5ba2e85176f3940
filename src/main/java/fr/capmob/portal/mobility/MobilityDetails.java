package fr.capmob.portal.mobility;

import java.math.BigDecimal;
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
                              String notes, Instant updatedAt, String updatedBy, Long tripId, Grant grant) {

    /** What was entered for the grant (departure, exceptional and inclusion costs, zero grant, force majeure). */
    public record Grant(Integer departureCityId, String departureCityName, String departureCountry,
                        String locationComment, BigDecimal exceptionalTravelCost, BigDecimal inclusionRealCosts,
                        String inclusionJustification, boolean zeroGrant, BigDecimal forceMajeureCosts,
                        String forceMajeureNote, boolean fewerOpportunities) {
    }

    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays);
    }

    public boolean greenTravel() {
        return transport != null && transport.isGreen();
    }
}
