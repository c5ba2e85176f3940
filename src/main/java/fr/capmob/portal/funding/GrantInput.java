package fr.capmob.portal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the grant of one mobility depends on.
 *
 * @param distanceKm            one-way great-circle distance between the departure and the destination city
 * @param receivingCountry      ISO code of the destination country (its group gives the daily rate)
 * @param travelDays            travel days asked for (capped by the table)
 * @param exceptionalTravelCost real travel cost when exceptional travel costs are requested, else null
 * @param participantNumber     rank of this participant in the project (organisational-support tiers), from 1
 */
public record GrantInput(RateActivity activity, double distanceKm, String receivingCountry, LocalDate start,
                         LocalDate end, int travelDays, int interruptionDays, boolean greenTravel,
                         BigDecimal exceptionalTravelCost, boolean fewerOpportunities, int participantNumber) {

    public GrantInput {
        if (activity == null || receivingCountry == null || start == null || end == null) {
            throw new IllegalArgumentException("activity, receiving country and dates are required");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end date is before the start date");
        }
        if (distanceKm < 0 || travelDays < 0 || interruptionDays < 0 || participantNumber < 1) {
            throw new IllegalArgumentException("negative distance or days, or participant number below 1");
        }
        if (exceptionalTravelCost != null && exceptionalTravelCost.signum() < 0) {
            throw new IllegalArgumentException("negative exceptional travel cost");
        }
    }
}
