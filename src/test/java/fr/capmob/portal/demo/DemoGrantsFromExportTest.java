package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.GrantBreakdown;
import fr.capmob.portal.funding.GrantCalculator;
import fr.capmob.portal.funding.GrantInput;
import fr.capmob.portal.funding.GrantLine.GrantItem;
import fr.capmob.portal.funding.RateSheet;
import fr.capmob.portal.funding.RateTableService;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo mobility's grant, recomputed from its row of the Beneficiary Module export alone (distance, receiving
 * country, dates, travel and interruption days, green travel, fewer opportunities, zero grant) with the project's
 * rate table and the unit-cost rules, matches the exported amounts and total.
 */
@PortalTest
class DemoGrantsFromExportTest {

    private static final String COORDINATOR = "coordination@capmob.example";

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
        for (String number : List.of("2018-1-FR01-KA102-047193", "2021-1-FR01-KA121-VET-000012345")) {
            long projectId = jdbc.sql("select id from project where number = ?").param(number).query(Long.class).single();
            long tableId = jdbc.sql("select rate_table_id from project_rate_table where project_id = ?").param(projectId)
                    .query(Long.class).single();
            RateSheet sheet = rateTables.sheet(tableId);
            List<CSVRecord> rows = export(projectId);
            long exportable = jdbc.sql("""
                    select count(*) from mobility where project_id = ?
                      and (status in ('APPROVED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED')
                           or (status = 'CANCELLED' and force_majeure))""").param(projectId).query(Long.class).single();
            assertThat(rows).hasSize((int) exportable);
            int limit = sheet.parameter(RateSheet.ORGANISATIONAL_TIER_LIMIT).map(BigDecimal::intValue).orElse(Integer.MAX_VALUE);
            int upToLimit = 0;
            for (CSVRecord row : rows) {
                if (recompute(row, sheet)) {
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
    private boolean recompute(CSVRecord row, RateSheet sheet) {
        String reference = value(row, "MOBILITY_ID");
        BigDecimal total = money(row, "TOTAL_GRANT");
        if ("Yes".equals(value(row, "FORCE_MAJEURE"))) {
            // a force-majeure cancellation's grant is the costs incurred, entered by hand: nothing to recompute
            assertThat(total).as(reference).isNotNegative();
            return false;
        }
        LocalDate start = LocalDate.parse(value(row, "START_DATE"));
        LocalDate end = LocalDate.parse(value(row, "END_DATE"));
        int travelDays = Integer.parseInt(value(row, "FUNDED_TRAVEL_DAYS"));
        boolean zeroGrant = "Yes".equals(value(row, "ZERO_GRANT"));
        BigDecimal exceptional = money(row, "EXCEPTIONAL_TRAVEL");
        // the exported dates include the travel days; the calculator adds the funded travel days to the activity's
        GrantInput input = new GrantInput(activity(value(row, "ACTIVITY_TYPE")), Double.parseDouble(value(row, "DISTANCE_KM")),
                value(row, "RECEIVING_COUNTRY"), start, end.minusDays(travelDays), travelDays,
                Integer.parseInt(value(row, "INTERRUPTION_DAYS")), "Yes".equals(value(row, "GREEN_TRAVEL")), null,
                "Yes".equals(value(row, "FEWER_OPPORTUNITIES")), 1);
        GrantBreakdown expected = GrantCalculator.calculate(sheet, input);
        BigDecimal travel = zeroGrant || exceptional.signum() > 0 ? BigDecimal.ZERO : cents(expected.amount(GrantItem.TRAVEL));
        BigDecimal individual = zeroGrant ? BigDecimal.ZERO : cents(expected.amount(GrantItem.INDIVIDUAL_SUPPORT));
        assertThat(money(row, "TRAVEL_SUPPORT")).as(reference + " travel").isEqualByComparingTo(travel);
        assertThat(money(row, "INDIVIDUAL_SUPPORT")).as(reference + " individual support").isEqualByComparingTo(individual);
        assertThat(money(row, "INCLUSION_ORGANISATION")).as(reference + " inclusion (organisation)")
                .isEqualByComparingTo(cents(expected.amount(GrantItem.INCLUSION_SUPPORT)));

        BigDecimal organisational = money(row, "ORGANISATIONAL_SUPPORT");
        BigDecimal upTo = cents(GrantCalculator.calculate(sheet, withParticipant(input, 1)).amount(GrantItem.ORGANISATIONAL_SUPPORT));
        BigDecimal beyond = cents(GrantCalculator.calculate(sheet, withParticipant(input, 100_000)).amount(GrantItem.ORGANISATIONAL_SUPPORT));
        if ("ACC-PERS".equals(value(row, "ACTIVITY_TYPE"))) {
            // accompanying persons bring no organisational support and are not counted as participants for its tiers
            assertThat(organisational).as(reference + " organisational support").isZero();
        } else {
            assertThat(List.of(upTo, beyond)).as(reference + " organisational support")
                    .anyMatch(amount -> amount.compareTo(organisational) == 0);
        }

        BigDecimal sum = travel.add(individual).add(exceptional).add(money(row, "INCLUSION_PARTICIPANT"))
                .add(money(row, "INCLUSION_ORGANISATION")).add(organisational);
        // items are exported rounded to the cent, the total is their exact sum rounded once: at most a cent per item apart
        assertThat(total.subtract(sum).abs()).as(reference + " total " + total + " vs items " + sum)
                .isLessThanOrEqualTo(new BigDecimal("0.03"));
        return organisational.signum() > 0 && upTo.compareTo(beyond) != 0 && organisational.compareTo(upTo) == 0;
    }

    private static GrantInput withParticipant(GrantInput input, int number) {
        return new GrantInput(input.activity(), input.distanceKm(), input.receivingCountry(), input.start(), input.end(),
                input.travelDays(), input.interruptionDays(), input.greenTravel(), input.exceptionalTravelCost(),
                input.fewerOpportunities(), number);
    }

    /** The Beneficiary Module activity codes and the unit-cost category they are paid at. */
    private static RateActivity activity(String code) {
        return switch (code) {
            case "LM-SHORT-VET", "LM-SKILL-VET" -> RateActivity.LEARNER;
            case "LM-LONG-VET" -> RateActivity.ERASMUS_PRO;
            case "ACC-PERS" -> RateActivity.ACCOMPANYING;
            default -> RateActivity.STAFF;
        };
    }

    private Map<String, String> headers;

    private List<CSVRecord> export(long projectId) throws Exception {
        int callYear = jdbc.sql("select call_year from project where id = ?").param(projectId).query(Integer.class).single();
        String template = jdbc.sql("""
                select code from bm_template where first_call_year <= ? and (last_call_year is null or last_call_year >= ?)
                order by first_call_year desc limit 1""").params(callYear, callYear).query(String.class).single();
        headers = new HashMap<>();
        jdbc.sql("select code, header_text from bm_column where template = ?").param(template)
                .query((rs, n) -> headers.put(rs.getString(1), rs.getString(2))).list();
        byte[] body = mvc.perform(get("/exports/beneficiary-module").param("project", String.valueOf(projectId))
                        .param("format", "csv").param("separator", "comma").with(user(data.principal(COORDINATOR))))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords());
    }

    private String value(CSVRecord row, String code) {
        return row.get(headers.get(code));
    }

    private BigDecimal money(CSVRecord row, String code) {
        String text = value(row, code);
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
