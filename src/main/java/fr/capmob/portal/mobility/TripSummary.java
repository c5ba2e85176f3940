package fr.capmob.portal.mobility;

import java.time.LocalDate;

/** A line of the trips list or of the approval queue's trips; {@code state} derived from its mobilities ({@link TripState}). */
public record TripSummary(TripId id, String name, String projectNumber, String schools, String cityName, String country,
                          LocalDate startDate, LocalDate endDate, long participants, long submitted,
                          TripState state) {
}
