package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.util.Set;

/** What a user enters to create a group trip. */
public record TripCommand(Long projectId, String name, Set<Long> schoolIds, Integer destinationCityId,
                          LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                          Transport transport, Set<Long> hostIds) {
}
