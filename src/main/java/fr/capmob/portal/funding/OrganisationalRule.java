package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.ORGANISATIONAL_SUPPORT;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Organisational support: per participant in tiers (2014–2020: up to the 100th, beyond) or per activity (2021+).
 * An accompanying person is not a participant of organisational support (0 €, in both generations); an ErasmusPro
 * stay shorter than the table's minimum (90 days) is a short-term learner's.
 */
final class OrganisationalRule {

    private OrganisationalRule() {
    }

    static GrantLine line(RateSheet rates, GrantInput input) {
        if (input.activity() == RateActivity.ACCOMPANYING) {
            return new GrantLine(ORGANISATIONAL_SUPPORT, "funding.rule.organisational.accompanying", List.of(),
                    BigDecimal.ZERO, false);
        }
        if (rates.has(RateKind.ORGANISATIONAL_TIER)) {
            return tier(rates, input);
        }
        RateActivity activity = input.activity();
        String rule = "funding.rule.organisational.activity";
        if (activity == RateActivity.ERASMUS_PRO && tooShortForErasmusPro(rates, input)) {
            activity = RateActivity.LEARNER;
            rule = "funding.rule.organisational.notErasmusPro";
        }
        Optional<RateItem> perActivity = activity.organisationalCode() == null ? Optional.empty()
                : rates.find(RateKind.ORGANISATIONAL_ACTIVITY, activity.organisationalCode());
        if (perActivity.isEmpty()) {
            return new GrantLine(ORGANISATIONAL_SUPPORT, "funding.rule.organisational.none", List.of(input.activity()),
                    BigDecimal.ZERO, false);
        }
        return new GrantLine(ORGANISATIONAL_SUPPORT, rule, List.of(activity, perActivity.get().amount()),
                perActivity.get().amount(), perActivity.get().verify());
    }

    private static boolean tooShortForErasmusPro(RateSheet rates, GrantInput input) {
        long days = ChronoUnit.DAYS.between(input.start(), input.end()) + 1;
        return rates.parameter(RateSheet.ERASMUS_PRO_MIN_DAYS).map(min -> days < min.longValue()).orElse(false);
    }

    private static GrantLine tier(RateSheet rates, GrantInput input) {
        int limit = rates.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValueExact)
                .orElse(Integer.MAX_VALUE);
        boolean within = input.participantNumber() <= limit;
        Optional<RateItem> tier = rates.find(RateKind.ORGANISATIONAL_TIER, within ? RateSheet.UP_TO_LIMIT : RateSheet.BEYOND_LIMIT);
        BigDecimal amount = tier.map(RateItem::amount).orElse(BigDecimal.ZERO);
        return new GrantLine(ORGANISATIONAL_SUPPORT,
                within ? "funding.rule.organisational.upToLimit" : "funding.rule.organisational.beyondLimit",
                List.of(input.participantNumber(), limit, amount), amount, tier.map(RateItem::verify).orElse(false));
    }
}
