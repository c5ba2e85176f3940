package fr.capmob.portal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant to compute for a project: cities of the gazetteer instead of a distance and a country. */
public record GrantRequest(long projectId, RateActivity activity, int departureCityId, int destinationCityId,
                           LocalDate start, LocalDate end, int travelDays, int interruptionDays, boolean greenTravel,
                           BigDecimal exceptionalTravelCost, boolean fewerOpportunities, int participantNumber) {
}
