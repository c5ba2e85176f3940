package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Grant not required" per item (Mobility Tool+ / Beneficiary Module: a partial zero grant): the items a mobility's
 * reporting details waive are computed as usual, then set to 0 with the rule {@code grants.rule.notRequired}; the
 * total is the sum of the lines, rounded once to the cent, as for any grant.
 */
@Component
class GrantWaivers {

    static final String TRAVEL = "TRAVEL";
    static final String INDIVIDUAL = "INDIVIDUAL_SUPPORT";
    static final String ORGANISATIONAL = "ORGANISATIONAL_SUPPORT";

    private final JdbcClient jdbc;

    GrantWaivers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items a mobility does not claim (none while it has no reporting details). */
    Set<String> of(Long mobilityId) {
        if (mobilityId == null) {
            return Set.of();
        }
        return jdbc.sql("""
                        select travel_not_required, individual_not_required, organisational_not_required
                        from mobility_reporting where mobility_id = :id""").param("id", mobilityId)
                .query((rs, n) -> {
                    Set<String> items = new java.util.HashSet<>();
                    if (rs.getBoolean(1)) {
                        items.add(TRAVEL);
                    }
                    if (rs.getBoolean(2)) {
                        items.add(INDIVIDUAL);
                    }
                    if (rs.getBoolean(3)) {
                        items.add(ORGANISATIONAL);
                    }
                    return Set.copyOf(items);
                }).optional().orElse(Set.of());
    }

    static GrantRules.Result apply(GrantRules.Result result, Set<String> waived) {
        if (waived.isEmpty()) {
            return result;
        }
        List<GrantEntry> lines = new ArrayList<>(result.lines().size());
        for (GrantEntry line : result.lines()) {
            lines.add(waived.contains(line.item()) && line.amount().signum() != 0
                    ? new GrantEntry(line.item(), "grants.rule.notRequired", List.of(), BigDecimal.ZERO, false) : line);
        }
        BigDecimal total = lines.stream().map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new GrantRules.Result(result.departureCityId(), result.distanceKm(), result.bandFromKm(), result.bandToKm(),
                result.green(), result.fundedTravelDays(), result.fundedDays(), lines, total);
    }
}
