package fr.capmob.portal.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grant of one mobility, line by line.
 *
 * @param distanceKm   the one-way distance, whole km (the band is chosen on it)
 * @param bandFromKm   lower bound of the distance band, null under the first band
 * @param bandToKm     upper bound of the band, null for the last band (or under the first)
 * @param fundedDays   activity days + funded travel days − interruption days (capped where the table caps)
 * @param fundedTravelDays the travel days counted in them
 * @param lines        every amount and the rule that produced it
 * @param total        the sum of the lines, rounded to the cent (half-up), once
 */
public record GrantBreakdown(long distanceKm, Integer bandFromKm, Integer bandToKm, long fundedDays, int fundedTravelDays,
                             List<GrantLine> lines, BigDecimal total) {

    public GrantBreakdown {
        lines = List.copyOf(lines);
    }

    public BigDecimal amount(GrantLine.GrantItem item) {
        return lines.stream().filter(line -> line.item() == item).map(GrantLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
