package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.funding.GrantBreakdown;
import fr.capmob.portal.funding.GrantCalculator;
import fr.capmob.portal.funding.GrantInput;
import fr.capmob.portal.funding.GrantLine.GrantItem;
import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.funding.RateTableService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo mobility's grant, recomputed from its row of the reporting file alone (Mobility Tool+ layout for CAPMOB
 * 2.0, Beneficiary Module for CAPMOB 2.1), read with the layout's own dictionaries: the activity (and the
 * accompanying-person and long-term flags), the distance band, the receiving country, the activity dates, funded
 * travel days and interruption, green travel, fewer opportunities, the items not required. With the project's rate
 * table and the funding module's calculator, the amounts and the total match the exported ones.
 */
@PortalTest
class DemoGrantsFromExportTest {

    @Autowired
    DemoConsortium demo;
    @Autowired
    DemoGrants grants;
    @Autowired
    RateTableService rateTables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    @Test
    void everyExportedDemoGrantIsRecomputedFromItsRow() throws Exception {
        demo.load();
        assertThat(grants.load()).isGreaterThan(700);
        int checked = 0;
        for (String number : ReportingRoundTripTest.DEMO_PROJECTS) {
            long projectId = jdbc.sql("select id from project where number = ?").param(number).query(Long.class).single();
            jdbc.sql("update mobility set status = 'APPROVED' where project_id = ? and status in ('DRAFT', 'SUBMITTED')")
                    .param(projectId).update();
            long tableId = jdbc.sql("select rate_table_id from project_rate_table where project_id = ?").param(projectId)
                    .query(Long.class).single();
            int callYear = jdbc.sql("select call_year from project where id = ?").param(projectId).query(Integer.class).single();
            LayoutRules rules = LayoutRules.forCallYear(jdbc, callYear);
            RateSheet sheet = rateTables.sheet(tableId);
            byte[] body = mvc.perform(get("/exports/beneficiary-module").param("project", String.valueOf(projectId))
                            .param("format", "csv").param("separator", "comma")
                            .with(user(data.principal(ReportingRoundTripTest.COORDINATOR))))
                    .andReturn().getResponse().getContentAsByteArray();
            List<Map<String, String>> rows = ReportingFile.csv(body).rows();
            int limit = sheet.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValue).orElse(Integer.MAX_VALUE);
            int upToLimit = 0;
            for (Map<String, String> row : rows) {
                if (recompute(rules, row, sheet)) {
                    upToLimit++;
                }
                checked++;
            }
            // organisational support per participant: never more participants at the higher amount than the limit
            assertThat(upToLimit).isLessThanOrEqualTo(limit);
        }
        assertThat(checked).isGreaterThan(700);
    }

    /** Checks one row; answers whether its organisational support is the amount up to the participant limit. */
    private boolean recompute(LayoutRules rules, Map<String, String> row, RateSheet sheet) {
        String reference = rules.value(row, "MOBILITY_ID");
        BigDecimal total = money(rules, row, "TOTAL_GRANT");
        if (yes(rules, row, "FORCE_MAJEURE")) {
            // a force-majeure cancellation's grant is the costs incurred, entered by hand: nothing to recompute
            assertThat(total).as(reference).isNotNegative();
            return false;
        }
        GrantInput input = input(rules, row);
        GrantBreakdown expected = GrantCalculator.calculate(sheet, input);
        BigDecimal exceptional = money(rules, row, "EXCEPTIONAL_COSTS");
        BigDecimal travel = yes(rules, row, "TRAVEL_NOT_REQUIRED") || exceptional.signum() > 0 ? BigDecimal.ZERO
                : cents(expected.amount(GrantItem.TRAVEL));
        BigDecimal individual = yes(rules, row, "INDIVIDUAL_NOT_REQUIRED") ? BigDecimal.ZERO
                : cents(expected.amount(GrantItem.INDIVIDUAL_SUPPORT));
        assertThat(money(rules, row, "TRAVEL_GRANT")).as(reference + " travel").isEqualByComparingTo(travel);
        assertThat(money(rules, row, "INDIVIDUAL_SUPPORT")).as(reference + " individual support").isEqualByComparingTo(individual);
        if (rules.column("INCLUSION_ORGANISATION") != null) {
            assertThat(money(rules, row, "INCLUSION_ORGANISATION")).as(reference + " inclusion (organisation)")
                    .isEqualByComparingTo(cents(expected.amount(GrantItem.INCLUSION_SUPPORT)));
        }
        if (rules.column("COURSE_FEES") != null) {
            assertThat(money(rules, row, "COURSE_FEES")).as(reference + " course fees")
                    .isEqualByComparingTo(cents(expected.amount(GrantItem.COURSE_FEES)));
        }
        BigDecimal organisational = money(rules, row, "ORGANISATIONAL_SUPPORT");
        BigDecimal upTo = cents(GrantCalculator.calculate(sheet, withParticipant(input, 1)).amount(GrantItem.ORGANISATIONAL_SUPPORT));
        BigDecimal beyond = cents(GrantCalculator.calculate(sheet, withParticipant(input, 100_000)).amount(GrantItem.ORGANISATIONAL_SUPPORT));
        if (yes(rules, row, "ACCOMPANYING") || yes(rules, row, "ORGANISATIONAL_NOT_REQUIRED")) {
            // accompanying persons bring no organisational support (the mobility's rule); an item not required is 0
            assertThat(organisational).as(reference + " organisational support").isZero();
        } else {
            assertThat(List.of(upTo, beyond)).as(reference + " organisational support")
                    .anyMatch(amount -> amount.compareTo(organisational) == 0);
        }
        BigDecimal sum = travel.add(individual).add(exceptional).add(money(rules, row, "SPECIAL_NEEDS_SUPPORT"))
                .add(money(rules, row, "INCLUSION_ORGANISATION")).add(money(rules, row, "COURSE_FEES")).add(organisational);
        // items are exported rounded to the cent, the total is their exact sum rounded once: at most a cent per item apart
        assertThat(total.subtract(sum).abs()).as(reference + " total " + total + " vs items " + sum)
                .isLessThanOrEqualTo(new BigDecimal("0.03"));
        return organisational.signum() > 0 && upTo.compareTo(beyond) != 0 && organisational.compareTo(upTo) == 0;
    }

    /** The calculator's input from the row: the band's lower bound stands for the distance (the band decides). */
    private static GrantInput input(LayoutRules rules, Map<String, String> row) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(rules.datePattern());
        String band = rules.portal(row, "DISTANCE_BAND");
        double km = Double.parseDouble(band.replace("+", "").split("-")[0]);
        return new GrantInput(activity(rules, row), km, country(rules.portal(row, "RECEIVING_COUNTRY")),
                LocalDate.parse(rules.value(row, "START_DATE"), dates), LocalDate.parse(rules.value(row, "END_DATE"), dates),
                Integer.parseInt(rules.value(row, "TRAVEL_DAYS")), Integer.parseInt(rules.value(row, "INTERRUPTION_DAYS")),
                yes(rules, row, "GREEN_TRAVEL"), null, yes(rules, row, "FEWER_OPPORTUNITIES"), 1);
    }

    /**
     * The unit-cost category: accompanying person, long-term learner (ErasmusPro), learner, staff course (course
     * fees), hosted teacher in training, or staff.
     */
    private static RateActivity activity(LayoutRules rules, Map<String, String> row) {
        if (yes(rules, row, "ACCOMPANYING")) {
            return RateActivity.ACCOMPANYING;
        }
        String portal = rules.portal(row, "ACTIVITY_TYPE");
        if (portal.startsWith("LM_")) {
            return yes(rules, row, "LONG_TERM") || portal.equals("LM_LONG_VET") ? RateActivity.ERASMUS_PRO : RateActivity.LEARNER;
        }
        return switch (portal) {
            case "SM_COUR_TRAIN" -> RateActivity.COURSE;
            case "OA_HOS_TTT" -> RateActivity.HOSTED_TEACHER;
            default -> RateActivity.STAFF;
        };
    }

    /** The tools write Greece EL and the United Kingdom UK; the rate tables use ISO codes. */
    private static String country(String code) {
        return switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
    }

    private static boolean yes(LayoutRules rules, Map<String, String> row, String key) {
        return "true".equals(rules.portal(row, key));
    }

    private static GrantInput withParticipant(GrantInput input, int number) {
        return new GrantInput(input.activity(), input.distanceKm(), input.receivingCountry(), input.start(), input.end(),
                input.travelDays(), input.interruptionDays(), input.greenTravel(), input.exceptionalTravelCost(),
                input.fewerOpportunities(), number);
    }

    private static BigDecimal money(LayoutRules rules, Map<String, String> row, String key) {
        String text = rules.value(row, key);
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
