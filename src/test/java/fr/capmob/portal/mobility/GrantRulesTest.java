package fr.capmob.portal.mobility;

import fr.capmob.portal.funding.RateActivity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateKind;
import fr.capmob.portal.funding.RateSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a mobility adds to the unit-cost rules, on a 2021+ table: Paris (48.85, 2.35) → Berlin (52.52, 13.40),
 * 878 km, band 500–1999 km (275 €, green 320 €); Germany in G2 (learner 56 €, staff 104 €, 70% from day 15);
 * organisational support 350 € per learner, 100 € per staff member; 100 € inclusion support per participant
 * with fewer opportunities; 2 travel days, 6 with green travel.
 */
class GrantRulesTest {

    static final String SOURCE = "test";
    static final RateSheet SHEET = new RateSheet(ProgrammeGeneration.G2021_2027, List.of(
            RateItem.amount(RateKind.TRAVEL, "500", "275", SOURCE),
            RateItem.amount(RateKind.GREEN_TRAVEL, "500", "320", SOURCE),
            RateItem.text(RateKind.COUNTRY_GROUP, "DE", "G2", SOURCE),
            RateItem.amount(RateKind.DAILY_RATE, "G2.LEARNER", "56", SOURCE),
            RateItem.amount(RateKind.DAILY_RATE, "G2.STAFF", "104", SOURCE),
            RateItem.amount(RateKind.ORGANISATIONAL_ACTIVITY, "LEARNER", "350", SOURCE),
            RateItem.amount(RateKind.ORGANISATIONAL_ACTIVITY, "STAFF", "100", SOURCE),
            RateItem.amount(RateKind.INCLUSION_ORGANISATION, "PARTICIPANT", "100", SOURCE),
            RateItem.amount(RateKind.PARAMETER, RateSheet.REDUCED_SHARE, "0.70", SOURCE),
            RateItem.amount(RateKind.PARAMETER, RateSheet.REDUCED_FROM_DAY, "15", SOURCE),
            RateItem.amount(RateKind.PARAMETER, RateSheet.TRAVEL_DAYS, "2", SOURCE),
            RateItem.amount(RateKind.PARAMETER, RateSheet.GREEN_TRAVEL_DAYS, "6", SOURCE),
            RateItem.amount(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_SHARE, "0.80", SOURCE)));

    static final LocalDate START = LocalDate.of(2022, 3, 7);

    /** 16 days of activity from 7 March (the dates are the activity's), the travel days outside them. */
    static GrantRules.Facts facts(ActivityType activity, boolean green, int before, int after, boolean zeroGrant,
                                  boolean fewer, BigDecimal inclusion, MobilityStatus status, BigDecimal fmCosts) {
        return new GrantRules.Facts(activity, status, START, START.plusDays(15), before,
                before + after, 0, green, 1, 48.8534, 2.3488, "DE", 52.5244, 13.4105, null, inclusion, zeroGrant, fewer,
                status == MobilityStatus.CANCELLED, fmCosts, 1);
    }

    static GrantRules.Facts learner() {
        return facts(ActivityType.LM_SHORT_VET, false, 1, 1, false, false, null, MobilityStatus.DRAFT, null);
    }

    @Test
    void activityTypesMapToTheirUnitCostCategory() {
        assertThat(GrantRules.fundingActivity(ActivityType.LM_SHORT_VET)).isEqualTo(RateActivity.LEARNER);
        assertThat(GrantRules.fundingActivity(ActivityType.LM_SKILL_VET)).isEqualTo(RateActivity.LEARNER);
        assertThat(GrantRules.fundingActivity(ActivityType.LM_LONG_VET)).isEqualTo(RateActivity.ERASMUS_PRO);
        assertThat(GrantRules.fundingActivity(ActivityType.SM_TTA)).isEqualTo(RateActivity.STAFF);
        assertThat(GrantRules.fundingActivity(ActivityType.OA_INV_EXP)).isEqualTo(RateActivity.STAFF);
        assertThat(GrantRules.fundingActivity(ActivityType.ACCOMPANYING)).isEqualTo(RateActivity.ACCOMPANYING);
    }

    @Test
    void theActivityDatesAndTheTravelDaysAreApart() {
        GrantRules.Result result = GrantRules.compute(learner(), SHEET);
        // 16 days of activity + 2 travel days = 18 funded: 14 × 56 + 4 × 39.2 = 940.8; 275 travel; 350 organisational
        assertThat(result.fundedDays()).isEqualTo(18);
        assertThat(result.fundedTravelDays()).isEqualTo(2);
        assertThat(result.sum("INDIVIDUAL_SUPPORT")).isEqualByComparingTo("940.8");
        assertThat(result.travelSupport()).isEqualByComparingTo("275");
        assertThat(result.total()).isEqualByComparingTo("1565.80");
        assertThat(result.distanceKm()).isEqualTo(878);
    }

    @Test
    void greenTravelFundsMoreTravelDays() {
        GrantRules.Result result = GrantRules.compute(facts(ActivityType.LM_SHORT_VET, true, 2, 2, false, false, null,
                MobilityStatus.DRAFT, null), SHEET);
        assertThat(result.fundedTravelDays()).isEqualTo(4);
        assertThat(result.fundedDays()).isEqualTo(20);
        assertThat(result.travelSupport()).isEqualByComparingTo("320");
    }

    @Test
    void anAccompanyingPersonHasStaffRatesButNoOrganisationalSupport() {
        GrantRules.Result result = GrantRules.compute(facts(ActivityType.ACCOMPANYING, false, 1, 1, false, false, null,
                MobilityStatus.DRAFT, null), SHEET);
        assertThat(result.sum("ORGANISATIONAL_SUPPORT")).isZero();
        assertThat(result.lines()).anySatisfy(l -> assertThat(l.rule()).isEqualTo("funding.rule.organisational.accompanying"));
        // 14 × 104 + 4 × 72.8
        assertThat(result.sum("INDIVIDUAL_SUPPORT")).isEqualByComparingTo("1747.2");
    }

    @Test
    void zeroGrantKeepsOrganisationalAndInclusionSupportOnly() {
        GrantRules.Result result = GrantRules.compute(facts(ActivityType.LM_SHORT_VET, false, 1, 1, true, false, null,
                MobilityStatus.DRAFT, null), SHEET);
        assertThat(result.travelSupport()).isZero();
        assertThat(result.sum("INDIVIDUAL_SUPPORT")).isZero();
        assertThat(result.total()).isEqualByComparingTo("350.00");
    }

    @Test
    void fewerOpportunitiesAddTheOrganisationsAndTheParticipantsInclusionSupport() {
        GrantRules.Result result = GrantRules.compute(facts(ActivityType.LM_SHORT_VET, false, 1, 1, false, true,
                new BigDecimal("250.50"), MobilityStatus.DRAFT, null), SHEET);
        assertThat(result.sum("INCLUSION_SUPPORT")).isEqualByComparingTo("100");
        assertThat(result.sum(GrantEntry.INCLUSION_PARTICIPANT)).isEqualByComparingTo("250.50");
        assertThat(result.total()).isEqualByComparingTo("1916.30");
    }

    @Test
    void aForceMajeureCancellationIsTheCostsIncurredOnly() {
        GrantRules.Result result = GrantRules.compute(facts(ActivityType.LM_SHORT_VET, false, 1, 1, false, false, null,
                MobilityStatus.CANCELLED, new BigDecimal("99.995")), SHEET);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.sum(GrantEntry.FORCE_MAJEURE)).isEqualByComparingTo("99.995");
        assertThat(result.total()).isEqualByComparingTo("100.00"); // rounded once, half-up
        assertThat(GrantRules.compute(facts(ActivityType.LM_SHORT_VET, false, 1, 1, false, false, null,
                MobilityStatus.CANCELLED, null), SHEET).total()).isZero();
    }

    @Test
    void withoutADepartureCityThereIsNoGrant() {
        GrantRules.Facts f = learner();
        GrantRules.Facts none = new GrantRules.Facts(f.activity(), f.status(), f.start(), f.end(), f.travelDaysBefore(),
                f.travelDays(), f.interruptionDays(), f.green(), null, null, null, f.destinationCountry(),
                f.destinationLatitude(), f.destinationLongitude(), null, null, false, false, false, null, 1);
        assertThatThrownBy(() -> GrantRules.compute(none, SHEET)).isInstanceOf(GrantRules.Unavailable.class);
    }
}
