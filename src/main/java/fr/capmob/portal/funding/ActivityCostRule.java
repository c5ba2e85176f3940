package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.COURSE_FEES;
import static fr.capmob.portal.funding.GrantLine.GrantItem.PREPARATORY_VISIT;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What some activities have and others not: course fees for staff courses (an amount per day of activity, for at
 * most a number of days), a preparatory visit's lump sum per person, and whether the project's call has the
 * activity at all (hosting teachers in training, preparatory visits: calls 2021+).
 */
final class ActivityCostRule {

    private ActivityCostRule() {
    }

    /** False when the table has none of the figures the activity needs: the call does not have it. */
    static boolean callHas(RateSheet rates, RateActivity activity) {
        return switch (activity) {
            case HOSTED_TEACHER -> rates.find(RateKind.ORGANISATIONAL_ACTIVITY, activity.organisationalCode()).isPresent();
            case PREPARATORY_VISIT -> rates.parameter(RateSheet.PREPARATORY_VISIT_PER_PERSON).isPresent();
            default -> true;
        };
    }

    static GrantLine notInCall(RateActivity activity) {
        return new GrantLine(activity == RateActivity.PREPARATORY_VISIT ? PREPARATORY_VISIT : GrantLine.GrantItem.TRAVEL,
                "funding.rule.activity.notInCall", List.of(activity), BigDecimal.ZERO, false);
    }

    static GrantLine preparatoryVisit(RateSheet rates) {
        RateItem amount = rates.find(RateKind.PARAMETER, RateSheet.PREPARATORY_VISIT_PER_PERSON).orElseThrow();
        return new GrantLine(PREPARATORY_VISIT, "funding.rule.preparatoryVisit", List.of(amount.amount()), amount.amount(),
                amount.verify());
    }

    /** Course fees of a staff course: days of activity (at most the cap) × the daily amount; none when the table has no fee. */
    static Optional<GrantLine> courseFees(RateSheet rates, GrantInput input) {
        if (input.activity() != RateActivity.COURSE) {
            return Optional.empty();
        }
        Optional<RateItem> perDay = rates.find(RateKind.PARAMETER, RateSheet.COURSE_FEE_PER_DAY);
        if (perDay.isEmpty()) {
            return Optional.of(new GrantLine(COURSE_FEES, "funding.rule.courseFees.none", List.of(), BigDecimal.ZERO, false));
        }
        long days = ChronoUnit.DAYS.between(input.start(), input.end()) + 1 - input.interruptionDays();
        long max = rates.parameter(RateSheet.COURSE_FEE_MAX_DAYS).map(BigDecimal::longValue).orElse(Long.MAX_VALUE);
        long funded = Math.max(0, Math.min(days, max));
        BigDecimal amount = perDay.get().amount().multiply(BigDecimal.valueOf(funded));
        return Optional.of(new GrantLine(COURSE_FEES, "funding.rule.courseFees",
                List.of(days, max, funded, perDay.get().amount(), amount), amount, perDay.get().verify()));
    }
}
