package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.INCLUSION_SUPPORT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Erasmus+ unit-cost rules applied to one participant with the figures of one rate table: the one rule set of
 * the calculator page and of every mobility's grant. Pure: no database, no clock. Amounts stay exact until the
 * total, rounded once to the cent, half-up. The rules: {@link TravelRule}, {@link IndividualSupportRule},
 * {@link OrganisationalRule}, {@link ActivityCostRule}; inclusion support for the organisation here.
 */
public final class GrantCalculator {

    private GrantCalculator() {
    }

    public static GrantBreakdown calculate(RateSheet rates, GrantInput input) {
        List<GrantLine> lines = new ArrayList<>();
        DistanceBand band = DistanceBand.of(rates, input.distanceKm());
        if (!ActivityCostRule.callHas(rates, input.activity())) {
            lines.add(ActivityCostRule.notInCall(input.activity()));
            return breakdown(band, new IndividualSupportRule.Days(0, 0), lines);
        }
        if (input.activity() == RateActivity.PREPARATORY_VISIT) {
            lines.add(ActivityCostRule.preparatoryVisit(rates));
            return breakdown(band, new IndividualSupportRule.Days(0, 0), lines);
        }
        lines.add(TravelRule.travel(rates, input, band));
        IndividualSupportRule.Days days = IndividualSupportRule.add(rates, input, lines);
        ActivityCostRule.courseFees(rates, input).ifPresent(lines::add);
        lines.add(OrganisationalRule.line(rates, input));
        if (input.fewerOpportunities()) {
            lines.add(inclusionSupport(rates));
        }
        return breakdown(band, days, lines);
    }

    private static GrantBreakdown breakdown(DistanceBand band, IndividualSupportRule.Days days, List<GrantLine> lines) {
        BigDecimal total = lines.stream().map(GrantLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new GrantBreakdown(band.km(), band.from(), band.to(), days.funded(), days.fundedTravel(), lines, total);
    }

    private static GrantLine inclusionSupport(RateSheet rates) {
        Optional<RateItem> inclusion = rates.find(RateKind.INCLUSION_ORGANISATION, "PARTICIPANT");
        return inclusion.map(item -> new GrantLine(INCLUSION_SUPPORT, "funding.rule.inclusion", List.of(item.amount()),
                        item.amount(), item.verify()))
                .orElseGet(() -> new GrantLine(INCLUSION_SUPPORT, "funding.rule.inclusion.none", List.of(), BigDecimal.ZERO, false));
    }

    static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros();
    }
}
