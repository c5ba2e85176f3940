package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.INDIVIDUAL_SUPPORT;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Individual support: funded days = activity days + funded travel days (at most the table's maximum, more with
 * green travel) − interruption days, capped for accompanying persons where the table says so (2014–2020: 60 days);
 * the daily rate of the destination's country group up to the reduced-rate day, then the table's reduced amount
 * (explicit, as agencies publish whole euros) or a share of the rate.
 */
final class IndividualSupportRule {

    /** The days the individual support counts. */
    record Days(long funded, int fundedTravel) {
    }

    private IndividualSupportRule() {
    }

    static Days add(RateSheet rates, GrantInput input, List<GrantLine> lines) {
        long duration = ChronoUnit.DAYS.between(input.start(), input.end()) + 1;
        Optional<BigDecimal> greenDays = rates.parameter(RateSheet.GREEN_TRAVEL_DAYS);
        boolean greenExtends = input.greenTravel() && greenDays.isPresent();
        int maxTravelDays = (greenExtends ? greenDays : rates.parameter(RateSheet.TRAVEL_DAYS))
                .map(BigDecimal::intValueExact).orElse(0);
        int travelDays = Math.min(input.travelDays(), maxTravelDays);
        long uncapped = Math.max(0, duration + travelDays - input.interruptionDays());
        int fundedTravel = (int) Math.max(0, Math.min(travelDays, uncapped));
        long fundedDays = cap(rates, input, uncapped, lines);
        List<Object> daysArgs = List.of(duration, travelDays, input.travelDays(), maxTravelDays,
                input.interruptionDays(), fundedDays);
        Optional<String> group = rates.countryGroup(input.receivingCountry());
        if (group.isEmpty()) {
            lines.add(new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.noGroup",
                    List.of(input.receivingCountry()), BigDecimal.ZERO, false));
            return new Days(fundedDays, fundedTravel);
        }
        String rateCode = group.get() + "." + input.activity().category();
        Optional<RateItem> rate = rates.find(RateKind.DAILY_RATE, rateCode);
        if (rate.isEmpty()) {
            lines.add(new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.noRate",
                    List.of(group.get(), input.activity().category()), BigDecimal.ZERO, false));
            return new Days(fundedDays, fundedTravel);
        }
        int reducedFrom = rates.parameter(RateSheet.REDUCED_FROM_DAY).map(BigDecimal::intValueExact).orElse(Integer.MAX_VALUE);
        long fullDays = Math.min(fundedDays, reducedFrom - 1L);
        BigDecimal full = rate.get().amount().multiply(BigDecimal.valueOf(fullDays));
        List<Object> fullArgs = new ArrayList<>(daysArgs);
        fullArgs.addAll(List.of(fullDays, rate.get().amount(), group.get(), input.activity().category(), full));
        lines.add(new GrantLine(INDIVIDUAL_SUPPORT, greenExtends ? "funding.rule.days.green" : "funding.rule.days",
                fullArgs, full, rate.get().verify()));
        if (fundedDays > fullDays) {
            lines.add(reducedDays(rates, rateCode, rate.get(), fundedDays - fullDays, reducedFrom));
        }
        return new Days(fundedDays, fundedTravel);
    }

    /** An accompanying person's funded days, at most the table's cap (a line says so when it applies). */
    private static long cap(RateSheet rates, GrantInput input, long days, List<GrantLine> lines) {
        if (input.activity() != RateActivity.ACCOMPANYING) {
            return days;
        }
        Optional<RateItem> cap = rates.find(RateKind.PARAMETER, RateSheet.ACCOMPANYING_MAX_DAYS);
        if (cap.isEmpty() || days <= cap.get().amount().longValue()) {
            return days;
        }
        long max = cap.get().amount().longValue();
        lines.add(new GrantLine(INDIVIDUAL_SUPPORT, "funding.rule.individual.accompanyingCap", List.of(days, max),
                BigDecimal.ZERO, cap.get().verify()));
        return max;
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
                List.of(reducedDays, reducedFrom, rate.amount(), GrantCalculator.percent(share), daily, amount), amount,
                rate.verify());
    }
}
