package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.INCLUSION_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.INDIVIDUAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.ORGANISATIONAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.TRAVEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the unit-cost rules; each comment shows the arithmetic the expected figure comes from. */
class GrantCalculatorTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    /** A learner going to Germany for {@code days} days (inclusive), with the given travel days and distance. */
    private static GrantInput learner(double km, String country, int days, int travelDays, boolean green) {
        return new GrantInput(RateActivity.LEARNER, km, country, START, START.plusDays(days - 1L), travelDays, 0, green,
                null, false, 1);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    // Band edges, 2024+ table (standard / green): 10–99 28/56; 100–499 211/285; 500–1999 309/417; 2000–2999 395/535;
    // 3000–3999 580/785; 4000–7999 1188/1188; 8000+ 1735/1735. Under 10 km: no band, 0 €.
    @ParameterizedTest(name = "{0} km → band from {1}: standard {2} €, green {3} €")
    @CsvSource({
            "9, , 0, 0",
            "9.99, , 0, 0",
            "10, 10, 28, 56",
            "99, 10, 28, 56",
            "99.9, 10, 28, 56",
            "100, 100, 211, 285",
            "499, 100, 211, 285",
            "500, 500, 309, 417",
            "1999, 500, 309, 417",
            "2000, 2000, 395, 535",
            "2999, 2000, 395, 535",
            "3000, 3000, 580, 785",
            "3999, 3000, 580, 785",
            "4000, 4000, 1188, 1188",
            "7999, 4000, 1188, 1188",
            "8000, 8000, 1735, 1735",
            "12000, 8000, 1735, 1735"})
    void everyBandEdgeOf2024(double km, Integer band, String standard, String green) {
        GrantBreakdown standardTrip = GrantCalculator.calculate(Sheets.fr2024(), learner(km, "DE", 10, 0, false));
        GrantBreakdown greenTrip = GrantCalculator.calculate(Sheets.fr2024(), learner(km, "DE", 10, 0, true));
        assertThat(standardTrip.bandFromKm()).isEqualTo(band);
        assertThat(standardTrip.amount(TRAVEL)).isEqualByComparingTo(standard);
        assertThat(greenTrip.amount(TRAVEL)).isEqualByComparingTo(green);
    }

    // Band edges, 2014–2020 table (bands 2016–2020: 20, 180, 275, 360, 530, 820, 1500; no green amount).
    @ParameterizedTest(name = "2018: {0} km → {1} €")
    @CsvSource({"9, 0", "10, 20", "99, 20", "100, 180", "499, 180", "500, 275", "1999, 275", "2000, 360",
            "2999, 360", "3000, 530", "3999, 530", "4000, 820", "7999, 820", "8000, 1500"})
    void everyBandEdgeOf2018(double km, String travel) {
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2018(), learner(km, "DE", 14, 0, true));
        assertThat(grant.amount(TRAVEL)).isEqualByComparingTo(travel);
        // green travel asked, but 2014–2020 has no green amount: the standard amount, said so
        assertThat(grant.lines().get(0).rule()).isIn("funding.rule.travel.noGreenAmount", "funding.rule.travel.underFirstBand");
    }

    @Test
    void greenTravel2021FallsBackToStandardWhereTheBandHasNoGreenAmount() {
        // 2021–2023: 50 km → 10–99 band, 23 € standard, no green amount → 23 €; 700 km green → 320 €
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), learner(50, "DE", 10, 0, true)).amount(TRAVEL))
                .isEqualByComparingTo("23");
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), learner(700, "DE", 10, 0, true)).amount(TRAVEL))
                .isEqualByComparingTo("320");
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), learner(700, "DE", 10, 0, false)).amount(TRAVEL))
                .isEqualByComparingTo("275");
    }

    @Test
    void day14IsTheLastDayAtTheFullRate2018() {
        // Paris → Berlin 878 km, learner in DE (G3, 68 € then 48 € from day 15), no travel days.
        // 14 days: 14 × 68 = 952; travel 275; organisational 350 → 1577.00
        GrantBreakdown fourteen = GrantCalculator.calculate(Sheets.fr2018(), learner(878, "DE", 14, 0, false));
        assertThat(fourteen.fundedDays()).isEqualTo(14);
        assertThat(fourteen.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("952");
        assertThat(fourteen.total()).isEqualTo(money("1577.00"));
        // 15 days: 14 × 68 + 1 × 48 (the published day-15 rate) = 952 + 48 = 1000; total 275 + 1000 + 350 = 1625.00
        GrantBreakdown fifteen = GrantCalculator.calculate(Sheets.fr2018(), learner(878, "DE", 15, 0, false));
        assertThat(fifteen.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1000");
        assertThat(fifteen.total()).isEqualTo(money("1625.00"));
        assertThat(fifteen.lines()).extracting(GrantLine::rule).contains("funding.rule.individual.reducedExplicit");
    }

    @Test
    void day14BoundaryWithTheReducedAmountThe2024TablePublishes() {
        // learner in FR (G2, 56 €), 2024: 13 days + 2 travel days = 15 funded days
        // 14 × 56 = 784; day 15 at the published 39 € (not 56 × 0.70 = 39.20) → 823; travel 700 km 309; organisational 350 → 1482.00
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2024(), learner(700, "FR", 13, 2, false));
        assertThat(grant.fundedDays()).isEqualTo(15);
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("823");
        assertThat(grant.total()).isEqualTo(money("1482.00"));
        // 12 days + 2 travel days = 14 funded days, all at 100%: 14 × 56 = 784
        assertThat(GrantCalculator.calculate(Sheets.fr2024(), learner(700, "FR", 12, 2, false)).amount(INDIVIDUAL_SUPPORT))
                .isEqualByComparingTo("784");
    }

    @Test
    void travelDaysAreCappedAtTwoOrSixWithGreenTravelFrom2021() {
        // 2024, learner in DE (G2, 56 €), 10 days, 6 travel days asked
        // standard: 10 + min(6, 2) = 12 days × 56 = 672
        assertThat(GrantCalculator.calculate(Sheets.fr2024(), learner(900, "DE", 10, 6, false)).amount(INDIVIDUAL_SUPPORT))
                .isEqualByComparingTo("672");
        // green: 10 + min(6, 6) = 16 days: 14 × 56 + 2 × 39 (published from day 15) = 784 + 78 = 862
        GrantBreakdown green = GrantCalculator.calculate(Sheets.fr2024(), learner(900, "DE", 10, 6, true));
        assertThat(green.fundedDays()).isEqualTo(16);
        assertThat(green.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("862");
        // green, 8 travel days asked: still capped at 6 → 16 days
        assertThat(GrantCalculator.calculate(Sheets.fr2024(), learner(900, "DE", 10, 8, true)).fundedDays()).isEqualTo(16);
    }

    @Test
    void greenTravelDoesNotAddTravelDaysIn2014To2020() {
        // 2018, learner in DE (G3, 68 €), 10 days, 6 travel days asked, green: 10 + min(6, 2) = 12 × 68 = 816
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2018(), learner(900, "DE", 10, 6, true));
        assertThat(grant.fundedDays()).isEqualTo(12);
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("816");
    }

    @Test
    void interruptionDaysAreNotFunded() {
        // 2024, staff in IT (G2, 104 €), 5 days + 2 travel − 1 interruption = 6 days × 104 = 624; org. support staff 100
        GrantInput input = new GrantInput(RateActivity.STAFF, 1100, "IT", START, START.plusDays(4), 2, 1, false, null, false, 1);
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2024(), input);
        assertThat(grant.fundedDays()).isEqualTo(6);
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("624");
        // travel 1100 km: 309; total 309 + 624 + 100 = 1033.00
        assertThat(grant.total()).isEqualTo(money("1033.00"));
    }

    @Test
    void organisationalSupportTiersAtThe100thAnd101stParticipant2018() {
        // 2014–2020: 350 € up to the 100th participant of the project, 200 € beyond
        GrantInput hundredth = new GrantInput(RateActivity.LEARNER, 900, "DE", START, START.plusDays(13), 0, 0, false, null, false, 100);
        GrantInput hundredFirst = new GrantInput(RateActivity.LEARNER, 900, "DE", START, START.plusDays(13), 0, 0, false, null, false, 101);
        assertThat(GrantCalculator.calculate(Sheets.fr2018(), hundredth).amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("350");
        assertThat(GrantCalculator.calculate(Sheets.fr2018(), hundredFirst).amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("200");
        // 101st: travel 275 + 14 × 68 = 952 + 200 = 1427.00
        assertThat(GrantCalculator.calculate(Sheets.fr2018(), hundredFirst).total()).isEqualTo(money("1427.00"));
    }

    @Test
    void organisationalSupportPerActivity2021() {
        // 2021+: an amount per activity type (example figures): staff 100, learner 350, ErasmusPro 500, accompanying none
        GrantInput pro = new GrantInput(RateActivity.ERASMUS_PRO, 900, "DE", START, START.plusDays(89), 0, 0, false, null, false, 150);
        GrantInput accompanying = new GrantInput(RateActivity.ACCOMPANYING, 900, "DE", START, START.plusDays(4), 0, 0, false, null, false, 1);
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), pro).amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("500");
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), accompanying).amount(ORGANISATIONAL_SUPPORT)).isZero();
        // ErasmusPro 90 days in DE (G2 learner 56, 39 from day 15 as published): 14 × 56 + 76 × 39 = 784 + 2964 = 3748
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), pro).amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("3748");
        // accompanying person = staff rate, DE G2 104 €: 5 × 104 = 520
        assertThat(GrantCalculator.calculate(Sheets.fr2021(), accompanying).amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("520");
    }

    @Test
    void inclusionSupportForParticipantsWithFewerOpportunities() {
        // 2024: 100 € for the organisation; 2014–2020 tables have none (0 €, said so)
        GrantInput input = new GrantInput(RateActivity.LEARNER, 900, "DE", START, START.plusDays(9), 0, 0, false, null, true, 1);
        assertThat(GrantCalculator.calculate(Sheets.fr2024(), input).amount(INCLUSION_SUPPORT)).isEqualByComparingTo("100");
        GrantBreakdown old = GrantCalculator.calculate(Sheets.fr2018(), input);
        assertThat(old.amount(INCLUSION_SUPPORT)).isZero();
        assertThat(old.lines()).extracting(GrantLine::rule).contains("funding.rule.inclusion.none");
    }

    @Test
    void exceptionalTravelIsEightyPercentOfTheRealCostRoundedOnceAtTheEnd() {
        // real cost 1234.57 × 0.80 = 987.656 (kept exact); 2024 learner DE 10 days: 10 × 56 = 560; org. 350
        // total 987.656 + 560 + 350 = 1897.656 → 1897.66 (half-up, once)
        GrantInput input = new GrantInput(RateActivity.LEARNER, 900, "DE", START, START.plusDays(9), 0, 0, false,
                money("1234.57"), false, 1);
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2024(), input);
        assertThat(grant.amount(TRAVEL)).isEqualByComparingTo("987.656");
        assertThat(grant.total()).isEqualTo(money("1897.66"));
    }

    @Test
    void staffRatesOf2014To2020ReduceBySeventyPercentFromDay15() {
        // 2018 staff in DK (G1, 112 €), 16 days: 14 × 112 + 2 × (112 × 0.70 = 78.40) = 1568 + 156.80 = 1724.80
        GrantInput input = new GrantInput(RateActivity.STAFF, 1000, "DK", START, START.plusDays(15), 0, 0, false, null, false, 1);
        assertThat(GrantCalculator.calculate(Sheets.fr2018(), input).amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1724.80");
    }

    @Test
    void aCountryOutsideTheGroupsGetsNoIndividualSupportAndSaysWhy() {
        // the United Kingdom (ISO GB) is in group 1 for 2014–2020, in no group from 2021
        assertThat(GrantCalculator.calculate(Sheets.fr2018(), learner(340, "GB", 10, 0, false)).amount(INDIVIDUAL_SUPPORT))
                .isEqualByComparingTo("920");
        GrantBreakdown grant = GrantCalculator.calculate(Sheets.fr2024(), learner(340, "GB", 10, 0, false));
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isZero();
        assertThat(grant.lines()).extracting(GrantLine::rule).contains("funding.rule.individual.noGroup");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new GrantInput(RateActivity.LEARNER, 10, "DE", START, START.minusDays(1), 0, 0, false, null, false, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
