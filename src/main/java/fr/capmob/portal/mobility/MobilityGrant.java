package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The grant of one mobility (a row of {@code mobility_grant}, or a preview not stored): the rate-table version it
 * used, the distance and days it was computed on, each budget item (exact) and the total (rounded once, half-up).
 */
public record MobilityGrant(Long mobilityId, long rateTableId, int tableCallYear, String tableAgency, int tableVersion,
                            boolean frozen, int departureCityId, long distanceKm, Integer bandFromKm, Integer bandToKm,
                            boolean greenTravel, int fundedTravelDays, long fundedDays, BigDecimal travelSupport,
                            BigDecimal exceptionalTravel, BigDecimal individualSupport, BigDecimal organisationalSupport,
                            BigDecimal inclusionOrganisation, BigDecimal inclusionParticipant,
                            BigDecimal forceMajeureCosts, BigDecimal total, List<GrantEntry> lines, Instant computedAt,
                            String computedBy) {

    public MobilityGrant {
        lines = List.copyOf(lines);
    }
}
