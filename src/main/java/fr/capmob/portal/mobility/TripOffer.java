package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * A trip a mobility could belong to: same project, its school among the trip's, dates overlapping, the same
 * destination. {@code datesFit}: the mobility's dates lie inside the trip's (else joining is refused until they do);
 * {@code escorts}: its accompanying persons (a trip without one refuses a minor).
 */
public record TripOffer(long id, String name, String cityName, String country, LocalDate startDate, LocalDate endDate,
                        long participants, long escorts, boolean datesFit) {

    public TripId tripId() {
        return TripId.of(id);
    }
}
