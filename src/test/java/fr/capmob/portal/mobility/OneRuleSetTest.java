package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.funding.GrantBreakdown;
import fr.capmob.portal.funding.GrantCalculator;
import fr.capmob.portal.funding.GrantInput;
import fr.capmob.portal.funding.GrantLine;
import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateKind;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.geo.GreatCircle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calculator page and a mobility's grant share one rule set: the same inputs give the same amounts, item by
 * item, under both generations (the calculator page gave an accompanying person 350 € organisational support
 * under 2014–2020 rules where the mobility gave 0 €).
 */
class OneRuleSetTest {

    /** A 2014–2020 table with tiers (350 € up to the 100th participant) and the 60-day cap of accompanying persons. */
    static final RateSheet TIERS = new RateSheet(ProgrammeGeneration.G2014_2020, List.of(
            RateItem.amount(RateKind.TRAVEL, "500", "275", "t"),
            RateItem.text(RateKind.COUNTRY_GROUP, "DE", "G3", "t"),
            RateItem.amount(RateKind.DAILY_RATE, "G3.LEARNER", "68", "t"),
            RateItem.amount(RateKind.DAILY_RATE_REDUCED, "G3.LEARNER", "48", "t"),
            RateItem.amount(RateKind.DAILY_RATE, "G3.STAFF", "84", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.REDUCED_SHARE, "0.70", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.REDUCED_FROM_DAY, "15", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.TRAVEL_DAYS, "2", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_SHARE, "0.80", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_THRESHOLD, "0.70", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.ACCOMPANYING_MAX_DAYS, "60", "t"),
            RateItem.amount(RateKind.PARAMETER, RateSheet.ORGANISATIONAL_TIER_LIMIT, "100", "t"),
            RateItem.amount(RateKind.ORGANISATIONAL_TIER, RateSheet.UP_TO_LIMIT, "350", "t"),
            RateItem.amount(RateKind.ORGANISATIONAL_TIER, RateSheet.BEYOND_LIMIT, "200", "t")));

    @ParameterizedTest(name = "{0}, {1}, {2} + {3} travel days, exceptional {4}, green {5}")
    @CsvSource({
            "TIERS, ACCOMPANYING, 16, 2, , false",
            "TIERS, ACCOMPANYING, 62, 2, , false",
            "TIERS, LM_SHORT_VET, 16, 2, , false",
            "TIERS, LM_SHORT_VET, 16, 2, 420, false",
            "TIERS, LM_SHORT_VET, 16, 2, 380, false",
            "TIERS, SM_JOB_SHDW, 5, 1, , false",
            "TABLE2021, ACCOMPANYING, 16, 2, , false",
            "TABLE2021, LM_SHORT_VET, 16, 2, , true",
            "TABLE2021, LM_SHORT_VET, 30, 6, 900, true",
            "TABLE2021, SM_COUR_TRAIN, 12, 2, , false"})
    void theCalculatorAndTheMobilityGiveTheSameAmounts(String table, ActivityType activity, int days, int travelDays,
                                                       BigDecimal exceptional, boolean green) {
        RateSheet sheet = table.equals("TIERS") ? TIERS : GrantRulesTest.SHEET;
        GrantRules.Facts base = GrantRulesTest.facts(activity, green, travelDays / 2, travelDays - travelDays / 2,
                false, false, null, MobilityStatus.DRAFT, null);
        GrantRules.Facts facts = new GrantRules.Facts(activity, base.status(), base.start(), base.start().plusDays(days - 1L),
                base.travelDaysBefore(), travelDays, 0, green, base.departureCityId(), base.departureLatitude(),
                base.departureLongitude(), "DE", base.destinationLatitude(), base.destinationLongitude(), exceptional,
                null, false, false, false, null, 1);
        GrantRules.Result mobility = GrantRules.compute(facts, sheet);

        // what the calculator page sends for the same answers (GrantService: the cities' great-circle distance)
        double km = GreatCircle.distanceKm(facts.departureLatitude(), facts.departureLongitude(),
                facts.destinationLatitude(), facts.destinationLongitude());
        GrantBreakdown calculator = GrantCalculator.calculate(sheet, new GrantInput(GrantRules.fundingActivity(activity),
                km, "DE", facts.start(), facts.end(), travelDays, 0, green, exceptional, false, 1));

        for (GrantLine.GrantItem item : GrantLine.GrantItem.values()) {
            assertThat(mobility.sum(item.name())).as(item.name()).isEqualByComparingTo(calculator.amount(item));
        }
        assertThat(mobility.total()).isEqualByComparingTo(calculator.total());
        assertThat(mobility.fundedDays()).isEqualTo(calculator.fundedDays());
        assertThat(mobility.fundedTravelDays()).isEqualTo(calculator.fundedTravelDays());
        List<String> rules = new ArrayList<>();
        mobility.lines().forEach(l -> rules.add(l.rule()));
        assertThat(rules).containsExactlyElementsOf(calculator.lines().stream().map(GrantLine::rule).toList());
    }
}
