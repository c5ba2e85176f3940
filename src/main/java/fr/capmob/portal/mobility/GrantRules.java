package fr.capmob.portal.mobility;

import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.GrantBreakdown;
import fr.capmob.portal.funding.GrantCalculator;
import fr.capmob.portal.funding.GrantInput;
import fr.capmob.portal.funding.GrantLine;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.geo.GreatCircle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The grant of one mobility from its facts and a rate sheet: the funding module's unit-cost calculation, then
 * what only a mobility knows (pure, no database):
 * <ul>
 * <li>activity types: LM-SHORT-VET and LM-SKILL-VET → learner, LM-LONG-VET → ErasmusPro, SM-* and OA-INV-EXP
 *     (invited experts) → staff, OA-HOS-TTT → hosted teacher in training, ACC-PERS → accompanying person;</li>
 * <li>an accompanying person is not counted in the participant number (its 0 € organisational support is the
 *     funding rule's, shared with the calculator page);</li>
 * <li>a zero-grant participant gets no travel and no individual support; organisational and inclusion support
 *     for the organisation stay (Beneficiary Module, "Zero grant");</li>
 * <li>inclusion support for the participant = the real costs entered (participants with fewer opportunities);</li>
 * <li>a force-majeure cancellation: the grant is the costs incurred, entered by hand; nothing else.</li>
 * </ul>
 * Item amounts stay exact; the total is their sum rounded once to the cent, half-up.
 */
final class GrantRules {

    /** What a mobility's grant depends on, read from the database (or from a form for a preview). */
    record Facts(ActivityType activity, MobilityStatus status, LocalDate start, LocalDate end, int travelDaysBefore,
                 int travelDays, int interruptionDays, boolean green, Integer departureCityId, Double departureLatitude,
                 Double departureLongitude, String destinationCountry, double destinationLatitude,
                 double destinationLongitude, BigDecimal exceptionalTravelCost, BigDecimal inclusionRealCosts,
                 boolean zeroGrant, boolean fewerOpportunities, boolean forceMajeure, BigDecimal forceMajeureCosts,
                 int participantNumber) {

        boolean forceMajeureCancellation() {
            return status == MobilityStatus.CANCELLED && forceMajeure;
        }
    }

    /** The computed amounts, before they are stored with their table and author. */
    record Result(int departureCityId, long distanceKm, Integer bandFromKm, Integer bandToKm, boolean green,
                  int fundedTravelDays, long fundedDays, List<GrantEntry> lines, BigDecimal total) {

        BigDecimal sum(String... items) {
            List<String> wanted = List.of(items);
            return lines.stream().filter(l -> wanted.contains(l.item())).map(GrantEntry::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal travelSupport() {
            return lines.stream().filter(l -> l.item().equals("TRAVEL") && !l.rule().startsWith("funding.rule.travel.exceptional"))
                    .map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal exceptionalTravel() {
            return lines.stream().filter(l -> l.item().equals("TRAVEL") && l.rule().startsWith("funding.rule.travel.exceptional"))
                    .map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The grant cannot be computed: the i18n key says why (no departure city, …). */
    static final class Unavailable extends RuntimeException {
        private final String key;

        Unavailable(String key) {
            super(key);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private GrantRules() {
    }

    static RateActivity fundingActivity(ActivityType type) {
        return switch (type) {
            case LM_SHORT_VET, LM_SKILL_VET -> RateActivity.LEARNER;
            case LM_LONG_VET -> RateActivity.ERASMUS_PRO;
            case SM_JOB_SHDW, SM_TTA, OA_INV_EXP -> RateActivity.STAFF;
            case SM_COUR_TRAIN -> RateActivity.COURSE;
            case ACCOMPANYING -> RateActivity.ACCOMPANYING;
            case OA_HOS_TTT -> RateActivity.HOSTED_TEACHER;
        };
    }

    /** A mobility's dates are the activity's (what the host certifies); the calculator adds the funded travel days. */
    static LocalDate activityStart(Facts facts) {
        return facts.start();
    }

    static LocalDate activityEnd(Facts facts) {
        return facts.end();
    }

    static Result compute(Facts facts, RateSheet sheet) {
        if (facts.departureCityId() == null || facts.departureLatitude() == null) {
            throw new Unavailable("grants.problem.noDeparture");
        }
        if (activityEnd(facts).isBefore(activityStart(facts))) {
            throw new Unavailable("grants.problem.incomplete");
        }
        double km = GreatCircle.distanceKm(facts.departureLatitude(), facts.departureLongitude(),
                facts.destinationLatitude(), facts.destinationLongitude());
        GrantInput input = new GrantInput(fundingActivity(facts.activity()), km, facts.destinationCountry().strip(),
                activityStart(facts), activityEnd(facts), facts.travelDays(), facts.interruptionDays(), facts.green(),
                facts.zeroGrant() ? null : facts.exceptionalTravelCost(), facts.fewerOpportunities(),
                Math.max(1, facts.participantNumber()));
        GrantBreakdown breakdown = GrantCalculator.calculate(sheet, input);
        int fundedTravelDays = breakdown.fundedTravelDays();
        List<GrantEntry> lines = new ArrayList<>();
        if (facts.forceMajeureCancellation()) {
            BigDecimal costs = facts.forceMajeureCosts();
            lines.add(costs == null
                    ? new GrantEntry(GrantEntry.FORCE_MAJEURE, "grants.rule.forceMajeure.pending", List.of(), BigDecimal.ZERO, false)
                    : new GrantEntry(GrantEntry.FORCE_MAJEURE, "grants.rule.forceMajeure", List.of(costs), costs, false));
        } else {
            for (GrantLine line : breakdown.lines()) {
                lines.add(adjust(line, facts));
            }
            BigDecimal inclusion = facts.inclusionRealCosts();
            if (facts.fewerOpportunities() && inclusion != null && inclusion.signum() > 0) {
                lines.add(new GrantEntry(GrantEntry.INCLUSION_PARTICIPANT, "grants.rule.inclusion.participant",
                        List.of(inclusion), inclusion, false));
            }
        }
        BigDecimal total = lines.stream().map(GrantEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new Result(facts.departureCityId(), breakdown.distanceKm(), breakdown.bandFromKm(), breakdown.bandToKm(),
                facts.green(), fundedTravelDays, breakdown.fundedDays(), lines, total);
    }

    private static GrantEntry adjust(GrantLine line, Facts facts) {
        GrantLine.GrantItem item = line.item();
        if (facts.zeroGrant() && (item == GrantLine.GrantItem.TRAVEL || item == GrantLine.GrantItem.INDIVIDUAL_SUPPORT)) {
            return new GrantEntry(item.name(), "grants.rule.zeroGrant", List.of(), BigDecimal.ZERO, false);
        }
        List<Object> args = line.args().stream().map(arg -> arg instanceof Enum<?> value
                ? new GrantEntry.Message(value instanceof RateActivity
                ? "funding.activity." + value.name() : "funding.category." + value.name())
                : arg).toList();
        return new GrantEntry(item.name(), line.rule(), args, line.amount(), line.verify());
    }
}
