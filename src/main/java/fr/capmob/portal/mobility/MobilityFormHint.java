package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.util.List;

/**
 * What the mobility form tells while it is filled in: the project's period (null: no project chosen), whether the
 * participant is a minor on departure (then the mobility must belong to a trip with an escort), and the trips that
 * fit the values entered so far.
 */
public record MobilityFormHint(LocalDate projectStart, LocalDate projectEnd, boolean minor, List<TripOffer> offers) {

    public boolean hasProjectPeriod() {
        return projectStart != null && projectEnd != null;
    }

    public boolean offers(Long tripId) {
        return tripId != null && offers.stream().anyMatch(offer -> offer.id() == tripId);
    }
}
