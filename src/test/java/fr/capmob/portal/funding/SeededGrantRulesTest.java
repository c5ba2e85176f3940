package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.GrantLine.GrantItem.COURSE_FEES;
import static fr.capmob.portal.funding.GrantLine.GrantItem.INDIVIDUAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.ORGANISATIONAL_SUPPORT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.PREPARATORY_VISIT;
import static fr.capmob.portal.funding.GrantLine.GrantItem.TRAVEL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules with the figures stored in the database (every version of every seeded table): worked examples. */
@PortalTest
class SeededGrantRulesTest {

    private static final List<String> EU27 = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final LocalDate START = LocalDate.of(2022, 3, 7);

    @Autowired
    RateTableService rateTables;
    @Autowired
    JdbcClient jdbc;

    /** Programme countries of a call: EU27 + IS LI NO MK TR; the United Kingdom until 2020; Serbia from call 2019. */
    private static List<String> programmeCountries(int callYear) {
        List<String> countries = new ArrayList<>(EU27);
        countries.addAll(List.of("IS", "LI", "NO", "MK", "TR"));
        if (callYear <= 2020) {
            countries.add("GB");
        }
        if (callYear >= 2019) {
            countries.add("RS");
        }
        return countries;
    }

    @Test
    void everyProgrammeCountryIsInExactlyOneGroupOfEveryTable() {
        List<Map<String, Object>> tables = jdbc.sql("select id, call_year from rate_table").query().listOfRows();
        assertThat(tables).isNotEmpty();
        for (Map<String, Object> table : tables) {
            long id = ((Number) table.get("id")).longValue();
            Map<String, Long> groupsPerCountry = jdbc.sql("select code from rate_item where rate_table_id = ? and kind = 'COUNTRY_GROUP'")
                    .param(id).query(String.class).list().stream()
                    .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
            for (String country : programmeCountries(((Number) table.get("call_year")).intValue())) {
                assertThat(groupsPerCountry.get(country)).as("table %s, %s", id, country).isEqualTo(1L);
            }
        }
    }

    private RateSheet sheet(int callYear) {
        long id = jdbc.sql("select max(id) from rate_table where call_year = ? and national_agency = 'FR01'")
                .param(callYear).query(Long.class).single();
        return rateTables.sheet(id);
    }

    private static GrantInput input(RateActivity activity, double km, String country, int days, int travelDays,
                                    BigDecimal exceptional) {
        return new GrantInput(activity, km, country, START, START.plusDays(days - 1L), travelDays, 0, false, exceptional,
                false, 1);
    }

    @Test
    void aLearnerSentToWarsawHasIndividualSupport() {
        // 2021 and 2024: Poland in G3, learner 48 €: 10 days + 2 travel days = 12 × 48 = 576
        for (int year : new int[] {2021, 2024}) {
            GrantBreakdown grant = GrantCalculator.calculate(sheet(year), input(RateActivity.LEARNER, 1370, "PL", 10, 2, null));
            assertThat(grant.amount(INDIVIDUAL_SUPPORT)).as("call %s", year).isEqualByComparingTo("576");
        }
    }

    @Test
    void exceptionalTravelOnlyWhereTheBandCoversLessThanSeventyPercent() {
        // 2021, 900 km: band 500–1999 = 275 €. Real 420: 70 % = 294 > 275 → 80 % × 420 = 336.
        // Real 380: 70 % = 266 ≤ 275 → the band amount stays, 275 (never less than the band).
        RateSheet rates = sheet(2021);
        assertThat(GrantCalculator.calculate(rates, input(RateActivity.LEARNER, 900, "DE", 10, 0, new BigDecimal("420")))
                .amount(TRAVEL)).isEqualByComparingTo("336");
        GrantBreakdown kept = GrantCalculator.calculate(rates, input(RateActivity.LEARNER, 900, "DE", 10, 0, new BigDecimal("380")));
        assertThat(kept.amount(TRAVEL)).isEqualByComparingTo("275");
        assertThat(kept.lines().get(0).rule()).isEqualTo("funding.rule.travel.bandCovers");
    }

    @Test
    void staffFromDay15AtTheAmountsTheTablePublishes() {
        // 2021 staff in DE (G2 104 €, from day 15 73 € as published): 16 days = 14 × 104 + 2 × 73 = 1456 + 146 = 1602
        GrantBreakdown grant = GrantCalculator.calculate(sheet(2021), input(RateActivity.STAFF, 900, "DE", 16, 0, null));
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("1602");
    }

    @Test
    void accompanyingPersons2014To2020HaveAtMost60DaysAndNoOrganisationalSupport() {
        // 2018, DE = G3, staff 84 €, 70 % from day 15 (58.80): 62 activity + 2 travel = 64 → capped at 60:
        // 14 × 84 + 46 × 58.80 = 1176 + 2704.80 = 3880.80; organisational support 0 (not a participant)
        GrantBreakdown grant = GrantCalculator.calculate(sheet(2018), input(RateActivity.ACCOMPANYING, 900, "DE", 62, 2, null));
        assertThat(grant.fundedDays()).isEqualTo(60);
        assertThat(grant.amount(INDIVIDUAL_SUPPORT)).isEqualByComparingTo("3880.80");
        assertThat(grant.amount(ORGANISATIONAL_SUPPORT)).isZero();
    }

    @Test
    void courseFeesPerDayCappedAtTenDays2021Plus() {
        // 2024 SM-COUR-TRAIN, 12 days: at most 10 days × 80 € = 800; 2018: none in the table
        assertThat(GrantCalculator.calculate(sheet(2024), input(RateActivity.COURSE, 900, "DE", 12, 0, null))
                .amount(COURSE_FEES)).isEqualByComparingTo("800");
        assertThat(GrantCalculator.calculate(sheet(2024), input(RateActivity.COURSE, 900, "DE", 5, 0, null))
                .amount(COURSE_FEES)).isEqualByComparingTo("400");
        assertThat(GrantCalculator.calculate(sheet(2018), input(RateActivity.COURSE, 900, "DE", 5, 0, null))
                .amount(COURSE_FEES)).isZero();
    }

    @Test
    void preparatoryVisitsAndHostedTeachersWhereTheCallHasThem() {
        // 2021+: 575 € per person, nothing else; 2018: not in the call, 0 €
        GrantBreakdown visit = GrantCalculator.calculate(sheet(2021), input(RateActivity.PREPARATORY_VISIT, 900, "DE", 3, 2, null));
        assertThat(visit.amount(PREPARATORY_VISIT)).isEqualByComparingTo("575");
        assertThat(visit.total()).isEqualByComparingTo("575.00");
        assertThat(GrantCalculator.calculate(sheet(2018), input(RateActivity.PREPARATORY_VISIT, 900, "DE", 3, 2, null)).total()).isZero();
        assertThat(GrantCalculator.calculate(sheet(2018), input(RateActivity.HOSTED_TEACHER, 900, "FR", 30, 2, null)).total()).isZero();
        assertThat(GrantCalculator.calculate(sheet(2024), input(RateActivity.HOSTED_TEACHER, 900, "FR", 30, 2, null))
                .amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("100");
    }

    @Test
    void erasmusProShorterThan90DaysIsAShortTermLearnersOrganisationalSupport() {
        RateSheet rates = sheet(2024);
        assertThat(GrantCalculator.calculate(rates, input(RateActivity.ERASMUS_PRO, 900, "DE", 90, 0, null))
                .amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("500");
        assertThat(GrantCalculator.calculate(rates, input(RateActivity.ERASMUS_PRO, 900, "DE", 89, 0, null))
                .amount(ORGANISATIONAL_SUPPORT)).isEqualByComparingTo("350");
    }
}
