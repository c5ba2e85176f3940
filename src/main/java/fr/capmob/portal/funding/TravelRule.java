package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.TRAVEL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Travel support: the band's unit cost (green where the table has a green amount), or exceptional costs for
 * expensive travel: a share (80 %) of the real cost, only where the band's amount covers less than a threshold
 * (70 %) of that cost; otherwise the band's amount stays (asking for exceptional costs never pays less).
 */
final class TravelRule {

    private TravelRule() {
    }

    static GrantLine travel(RateSheet rates, GrantInput input, DistanceBand band) {
        GrantLine unit = unitCost(rates, input, band);
        BigDecimal real = input.exceptionalTravelCost();
        return real == null ? unit : exceptional(rates, unit, real);
    }

    private static GrantLine exceptional(RateSheet rates, GrantLine unit, BigDecimal real) {
        Optional<RateItem> share = rates.find(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_SHARE);
        if (share.isEmpty()) {
            return new GrantLine(TRAVEL, "funding.rule.travel.noExceptional", List.of(unit.amount()), unit.amount(),
                    unit.verify());
        }
        BigDecimal amount = real.multiply(share.get().amount());
        Optional<RateItem> threshold = rates.find(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_THRESHOLD);
        // without a threshold in the table: the larger of the two, never less than the band
        BigDecimal covered = threshold.map(t -> real.multiply(t.amount())).orElse(amount);
        if (unit.amount().compareTo(covered) >= 0) {
            return new GrantLine(TRAVEL, "funding.rule.travel.bandCovers", List.of(unit.amount(), real,
                    GrantCalculator.percent(threshold.map(RateItem::amount).orElse(share.get().amount())), covered),
                    unit.amount(), unit.verify() || threshold.map(RateItem::verify).orElse(false));
        }
        return new GrantLine(TRAVEL, "funding.rule.travel.exceptional",
                List.of(real, GrantCalculator.percent(share.get().amount()), amount, unit.amount()), amount,
                share.get().verify());
    }

    private static GrantLine unitCost(RateSheet rates, GrantInput input, DistanceBand band) {
        if (band.from() == null) {
            Integer first = rates.bandLowerBounds().isEmpty() ? null : rates.bandLowerBounds().get(0);
            return new GrantLine(TRAVEL, "funding.rule.travel.underFirstBand", List.of(band.km(), first == null ? 0 : first),
                    BigDecimal.ZERO, false);
        }
        String code = String.valueOf(band.from());
        List<Object> args = new ArrayList<>(List.of(band.km(), band.from()));
        args.add(band.to() == null ? "+" : "–" + band.to());
        Optional<RateItem> green = rates.find(RateKind.GREEN_TRAVEL, code);
        Optional<RateItem> standard = rates.find(RateKind.TRAVEL, code);
        if (input.greenTravel() && green.isPresent()) {
            args.add(green.get().amount());
            return new GrantLine(TRAVEL, "funding.rule.travel.green", args, green.get().amount(), green.get().verify());
        }
        if (standard.isEmpty()) {
            return new GrantLine(TRAVEL, "funding.rule.travel.noAmount", args, BigDecimal.ZERO, false);
        }
        args.add(standard.get().amount());
        String rule = input.greenTravel() ? "funding.rule.travel.noGreenAmount" : "funding.rule.travel.standard";
        return new GrantLine(TRAVEL, rule, args, standard.get().amount(), standard.get().verify());
    }
}
