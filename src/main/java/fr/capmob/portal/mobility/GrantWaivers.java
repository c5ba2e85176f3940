package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Grant not required" per item (Mobility Tool+ / Beneficiary Module: a partial zero grant): the items a mobility's
 * reporting details waive are computed as usual, then set to 0 with the rule {@code grants.rule.notRequired}; the
 * total is the sum of the lines, rounded once to the cent, as for any grant. Travel and exceptional travel costs are
 * two items (both are lines of the travel item: the exceptional one by its rule).
 */
@Component
class GrantWaivers {

    /** The items a mobility may not require, each with the grant lines it covers. */
    enum Waived {
        TRAVEL, INDIVIDUAL, ORGANISATIONAL, SPECIAL_NEEDS, EXCEPTIONAL;

        boolean covers(GrantEntry line) {
            boolean exceptionalTravel = line.item().equals("TRAVEL") && line.rule().startsWith("funding.rule.travel.exceptional");
            return switch (this) {
                case TRAVEL -> line.item().equals("TRAVEL") && !exceptionalTravel;
                case EXCEPTIONAL -> exceptionalTravel;
                case INDIVIDUAL -> line.item().equals("INDIVIDUAL_SUPPORT");
                case ORGANISATIONAL -> line.item().equals("ORGANISATIONAL_SUPPORT");
                case SPECIAL_NEEDS -> line.item().equals(GrantEntry.INCLUSION_PARTICIPANT);
            };
        }
    }

    private final JdbcClient jdbc;

    GrantWaivers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items a mobility does not claim (none while it has no reporting details). */
    Set<Waived> of(Long mobilityId) {
        if (mobilityId == null) {
            return Set.of();
        }
        return jdbc.sql("""
                        select travel_not_required, individual_not_required, organisational_not_required,
                               special_needs_not_required, exceptional_not_required
                        from mobility_reporting where mobility_id = :id""").param("id", mobilityId)
                .query((rs, n) -> {
                    Set<Waived> items = EnumSet.noneOf(Waived.class);
                    for (Waived item : Waived.values()) {
                        if (rs.getBoolean(item.ordinal() + 1)) {
                            items.add(item);
                        }
                    }
                    return Set.copyOf(items);
                }).optional().orElse(Set.of());
    }

    static GrantRules.Result apply(GrantRules.Result result, Set<Waived> waived) {
        if (waived.isEmpty()) {
            return result;
        }
        List<GrantEntry> lines = new ArrayList<>(result.lines().size());
        for (GrantEntry line : result.lines()) {
            boolean notRequired = waived.stream().anyMatch(item -> item.covers(line));
            lines.add(notRequired && line.amount().signum() != 0
                    ? new GrantEntry(line.item(), "grants.rule.notRequired", List.of(), BigDecimal.ZERO, false) : line);
        }
        BigDecimal total = lines.stream().map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new GrantRules.Result(result.departureCityId(), result.distanceKm(), result.bandFromKm(), result.bandToKm(),
                result.green(), result.fundedTravelDays(), result.fundedDays(), lines, total);
    }
}
