package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.util.List;

/** A trip with its participants, its minors/escort ratio and its warnings; {@code manageable}: the user may act on it. */
public record TripDetails(TripId id, String name, long projectId, String projectNumber, String projectTitle,
                          List<String> schoolNames, List<Long> schoolIds, List<String> hostNames, List<Choice> hosts,
                          int destinationCityId, String cityName, String country, LocalDate startDate,
                          LocalDate endDate, int travelDaysBefore, int travelDaysAfter, Transport transport,
                          List<TripParticipant> participants, long minors, long escorts, int minorsPerEscort,
                          List<TripWarning> warnings, boolean manageable) {

    /** The trip's state from its participants' statuses, the same rule as the trips list's. */
    public TripState state() {
        return TripState.of(participants.stream().map(TripParticipant::status).toList());
    }
}
