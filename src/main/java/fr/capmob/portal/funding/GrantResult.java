package fr.capmob.portal.funding;

import fr.capmob.portal.geo.City;

/** A computed grant with the table it used and the cities its distance comes from. */
public record GrantResult(RateTableSummary table, City departure, City destination, double distanceKm,
                          GrantBreakdown breakdown) {
}
