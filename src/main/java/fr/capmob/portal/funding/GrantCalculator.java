package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.INCLUSION_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.INDIVIDUAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.ORGANISATIONAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.TRAVEL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Erasmus+ unit-cost rules applied to one mobility with the figures of one rate table. Pure: no database,
 * no clock. Amounts stay exact until the total, rounded once to the cent, half-up.
 */
public final class GrantCalculator {

    private GrantCalculator() {
    }

    public static GrantBreakdown calculate(RateSheet rates, GrantInput input) {
        List<GrantLine> lines = new ArrayList<>();
        // the band is chosen on whole kilometres: 99.9 km is still in the 10–99 km band
        long km = (long) Math.floor(input.distanceKm());
        List<Integer> bounds = rates.bandLowerBounds();
        Integer from = null;
        Integer to = null;
        for (int i = 0; i < bounds.size(); i++) {
            if (km >= bounds.get(i)) {
                from = bounds.get(i);
                to = i + 1 < bounds.size() ? bounds.get(i + 1) - 1 : null;
            }
        }
        lines.add(travel(rates, input, km, from, to));
        long fundedDays = individualSupport(rates, input, lines);
        lines.add(organisationalSupport(rates, input));
        if (input.fewerOpportunities()) {
            lines.add(inclusionSupport(rates));
        }
        BigDecimal total = lines.stream().map(GrantLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new GrantBreakdown(km, from, to, fundedDays, lines, total);
    }

    private static GrantLine travel(RateSheet rates, GrantInput input, long km, Integer from, Integer to) {
        if (input.exceptionalTravelCost() != null) {
            Optional<RateItem> share = rates.find(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_SHARE);
            if (share.isEmpty()) {
                return new GrantLine(TRAVEL, "funding.rule.travel.exceptionalMissing", List.of(), BigDecimal.ZERO, false);
            }
            BigDecimal amount = input.exceptionalTravelCost().multiply(share.get().amount());
            return new GrantLine(TRAVEL, "funding.rule.travel.exceptional",
                    List.of(input.exceptionalTravelCost(), percent(share.get().amount()), amount), amount, share.get().verify());
        }
        if (from == null) {
            Integer first = rates.bandLowerBounds().isEmpty() ? null : rates.bandLowerBounds().get(0);
            return new GrantLine(TRAVEL, "funding.rule.travel.underFirstBand", List.of(km, first == null ? 0 : first),
                    BigDecimal.ZERO, false);
        }
        String code = String.valueOf(from);
        List<Object> band = new ArrayList<>(List.of(km, from));
        band.add(to == null ? "+" : "–" + to);
        Optional<RateItem> green = rates.find(RateKind.GREEN_TRAVEL, code);
        Optional<RateItem> standard = rates.find(RateKind.TRAVEL, code);
        if (input.greenTravel() && green.isPresent()) {
            band.add(green.get().amount());
            return new GrantLine(TRAVEL, "funding.rule.travel.green", band, green.get().amount(), green.get().verify());
        }
        if (standard.isEmpty()) {
            return new GrantLine(TRAVEL, "funding.rule.travel.noAmount", band, BigDecimal.ZERO, false);
        }
        band.add(standard.get().amount());
        String rule = input.greenTravel() ? "funding.rule.travel.noGreenAmount" : "funding.rule.travel.standard";
        return new GrantLine(TRAVEL, rule, band, standard.get().amount(), standard.get().verify());
    }

    /** Adds the individual-support lines; returns the funded days. */
    private static long individualSupport(RateSheet rates, GrantInput input, List<GrantLine> lines) {
        long duration = ChronoUnit.DAYS.between(input.start(), input.end()) + 1;
        Optional<BigDecimal> greenDays = rates.parameter(RateSheet.GREEN_TRAVEL_DAYS);
        boolean greenExtends = input.greenTravel() && greenDays.isPresent();
        int maxTravelDays = (greenExtends ? greenDays : rates.parameter(RateSheet.TRAVEL_DAYS))
                .map(BigDecimal::intValueExact).orElse(0);
        int travelDays = Math.min(input.travelDays(), maxTravelDays);
        long fundedDays = Math.max(0, duration + travelDays - input.interruptionDays());
        String daysRule = greenExtends ? "funding.rule.days.green" : "funding.rule.days";
        List<Object> daysArgs = List.of(duration, travelDays, input.travelDays(), maxTravelDays,
                input.interruptionDays(), fundedDays);

        Optional<String> group = rates.countryGroup(input.receivingCountry());
        if (group.isEmpty()) {
            lines.add(new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.noGroup",
                    List.of(input.receivingCountry()), BigDecimal.ZERO, false));
            return fundedDays;
        }
        String rateCode = group.get() + "." + input.activity().category();
        Optional<RateItem> rate = rates.find(RateKind.DAILY_RATE, rateCode);
        if (rate.isEmpty()) {
            lines.add(new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.noRate",
                    List.of(group.get(), input.activity().category()), BigDecimal.ZERO, false));
            return fundedDays;
        }
        int reducedFrom = rates.parameter(RateSheet.REDUCED_FROM_DAY).map(BigDecimal::intValueExact).orElse(Integer.MAX_VALUE);
        long fullDays = Math.min(fundedDays, reducedFrom - 1L);
        long reducedDays = fundedDays - fullDays;
        BigDecimal full = rate.get().amount().multiply(BigDecimal.valueOf(fullDays));
        List<Object> fullArgs = new ArrayList<>(daysArgs);
        fullArgs.addAll(List.of(fullDays, rate.get().amount(), group.get(), input.activity().category(), full));
        lines.add(new GrantLine(INDIVIDUAL_SUPPORT, daysRule, fullArgs, full, rate.get().verify()));
        if (reducedDays > 0) {
            lines.add(reducedDays(rates, rateCode, rate.get(), reducedDays, reducedFrom));
        }
        return fundedDays;
    }

    /** The days from the reduced-rate day on: at the table's reduced rate if it has one, else at a share of the rate. */
    private static GrantLine reducedDays(RateSheet rates, String rateCode, RateItem rate, long reducedDays, int reducedFrom) {
        Optional<RateItem> explicit = rates.find(RateKind.DAILY_RATE_REDUCED, rateCode);
        if (explicit.isPresent()) {
            BigDecimal amount = explicit.get().amount().multiply(BigDecimal.valueOf(reducedDays));
            return new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.reducedExplicit",
                    List.of(reducedDays, reducedFrom, explicit.get().amount(), amount), amount, explicit.get().verify());
        }
        BigDecimal share = rates.parameter(RateSheet.REDUCED_SHARE).orElse(BigDecimal.ONE);
        BigDecimal daily = rate.amount().multiply(share);
        BigDecimal amount = daily.multiply(BigDecimal.valueOf(reducedDays));
        return new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.reducedShare",
                List.of(reducedDays, reducedFrom, rate.amount(), percent(share), daily, amount), amount, rate.verify());
    }

    private static GrantLine organisationalSupport(RateSheet rates, GrantInput input) {
        if (rates.has(RateKind.ORGANISATIONAL_TIER)) {
            int limit = rates.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValueExact)
                    .orElse(Integer.MAX_VALUE);
            boolean within = input.participantNumber() <= limit;
            Optional<RateItem> tier = rates.find(RateKind.ORGANISATIONAL_TIER, within ? RateSheet.UP_TO_LIMIT : RateSheet.BEYOND_LIMIT);
            BigDecimal amount = tier.map(RateItem::amount).orElse(BigDecimal.ZERO);
            return new GrantLine(ORGANISATIONAL_SUPPORT,
                    within ? "funding.rule.organisational.upToLimit" : "funding.rule.organisational.beyondLimit",
                    List.of(input.participantNumber(), limit, amount), amount, tier.map(RateItem::verify).orElse(false));
        }
        Optional<RateItem> perActivity = rates.find(RateKind.ORGANISATIONAL_ACTIVITY, input.activity().name());
        if (perActivity.isEmpty()) {
            return new GrantLine(ORGANISATIONAL_SUPPORT, "funding.rule.organisational.none", List.of(input.activity()),
                    BigDecimal.ZERO, false);
        }
        return new GrantLine(ORGANISATIONAL_SUPPORT, "funding.rule.organisational.activity",
                List.of(input.activity(), perActivity.get().amount()), perActivity.get().amount(), perActivity.get().verify());
    }

    private static GrantLine inclusionSupport(RateSheet rates) {
        Optional<RateItem> inclusion = rates.find(RateKind.INCLUSION_ORGANISATION, "PARTICIPANT");
        return inclusion.map(item -> new GrantLine(INCLUSION_SUPPORT, "funding.rule.inclusion", List.of(item.amount()),
                        item.amount(), item.verify()))
                .orElseGet(() -> new GrantLine(INCLUSION_SUPPORT, "funding.rule.inclusion.none", List.of(), BigDecimal.ZERO, false));
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros();
    }
}
