package fr.capmob.portal.funding;

import java.util.List;

/**
 * The distance band of a one-way distance in a rate table.
 *
 * @param km   the distance, whole km (99.9 km is still in the 10–99 km band)
 * @param from the band's lower bound, null under the first band
 * @param to   the band's upper bound, null for the last band (or under the first)
 */
record DistanceBand(long km, Integer from, Integer to) {

    static DistanceBand of(RateSheet rates, double distanceKm) {
        long km = (long) Math.floor(distanceKm);
        List<Integer> bounds = rates.bandLowerBounds();
        Integer from = null;
        Integer to = null;
        for (int i = 0; i < bounds.size(); i++) {
            if (km >= bounds.get(i)) {
                from = bounds.get(i);
                to = i + 1 < bounds.size() ? bounds.get(i + 1) - 1 : null;
            }
        }
        return new DistanceBand(km, from, to);
    }
}
