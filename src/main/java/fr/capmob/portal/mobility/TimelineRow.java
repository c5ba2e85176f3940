package fr.capmob.portal.mobility;

import java.time.LocalDate;

/** A line of the timeline: a group trip (or a mobility outside any trip) and when its people are abroad. */
public record TimelineRow(String label, String schoolName, String cityName, String country, LocalDate start,
                          LocalDate end, long participants, TripId tripId, MobilityId mobilityId) {

    public boolean abroadOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
