package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.mobility.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every reporting file of the demo (CAPMOB 2.0 → Mobility Tool+, CAPMOB 2.1 → Beneficiary Module; CSV and XLSX) read
 * back with its layout's own rules, taken from the layout tables: the headers in order, one row per reported
 * mobility (CAPMOB 2.1's planned mobilities approved first), every mandatory value filled (the demo lacks none), every dictionary value one the tool accepts, formats,
 * consistent dates and durations, and the grant items adding up to the total.
 */
@PortalTest
class ReportingRoundTripTest {

    static final String COORDINATOR = "coordination@capmob.example";
    static final List<String> DEMO_PROJECTS = List.of("2018-1-FR01-KA102-047193", "2021-1-FR01-KA121-VET-000012345");
    static final List<String> ITEMS = List.of("TRAVEL_GRANT", "INDIVIDUAL_SUPPORT", "ORGANISATIONAL_SUPPORT",
            "SPECIAL_NEEDS_SUPPORT", "INCLUSION_ORGANISATION", "EXCEPTIONAL_COSTS", "COURSE_FEES");

    @Autowired
    DemoConsortium demo;
    @Autowired
    DemoGrants grants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private int rowsRead;

    @Test
    void everyDemoFileReadsBackWithItsLayoutsRules() throws Exception {
        demo.load();
        grants.load();
        Map<String, String> layouts = new HashMap<>();
        for (String number : DEMO_PROJECTS) {
            long projectId = jdbc.sql("select id from project where number = ?").param(number).query(Long.class).single();
            int callYear = jdbc.sql("select call_year from project where id = ?").param(projectId).query(Integer.class).single();
            LayoutRules rules = LayoutRules.forCallYear(jdbc, callYear);
            // CAPMOB 2.1's demo mobilities are still drafts or submitted (not reported yet): approved here, their
            // live grants unchanged, so that its file has rows to read back
            jdbc.sql("update mobility set status = 'APPROVED' where project_id = ? and status in ('DRAFT', 'SUBMITTED')")
                    .param(projectId).update();
            layouts.put(number, rules.code());
            for (String format : List.of("csv", "xlsx")) {
                MockHttpServletResponse response = download(projectId, format);
                assertThat(response.getHeader("Content-Disposition")).as(number)
                        .contains(rules.code().startsWith("MT") ? "mobility-tool-" + number : "beneficiary-module-" + number)
                        .doesNotContain("incomplete");
                byte[] body = response.getContentAsByteArray();
                check(rules, projectId, format.equals("csv") ? ReportingFile.csv(body) : ReportingFile.xlsx(body), number + " " + format);
            }
        }
        assertThat(rowsRead).as("rows read back, 2 formats").isGreaterThan(1400);
        assertThat(layouts).containsEntry(DEMO_PROJECTS.get(0), "MT_KA1_VET_2014").containsEntry(DEMO_PROJECTS.get(1), "BM_KA1_VET_2021");
    }

    MockHttpServletResponse download(long projectId, String format) throws Exception {
        return mvc.perform(get("/exports/beneficiary-module").param("project", String.valueOf(projectId))
                .param("format", format).param("separator", "comma").with(user(data.principal(COORDINATOR))))
                .andReturn().getResponse();
    }

    private void check(LayoutRules rules, long projectId, ReportingFile file, String what) {
        assertThat(file.headers()).as(what).containsExactlyElementsOf(rules.columns().stream().map(LayoutRules.Col::header).toList());
        Map<String, String> kinds = new HashMap<>();
        jdbc.sql("select reference, participant_kind from mobility_view where project_id = ? and reportable").param(projectId)
                .query(rs -> {
                    kinds.put(rs.getString(1), rs.getString(2));
                });
        assertThat(file.rows()).as(what + " one row per reported mobility").hasSize(kinds.size()).isNotEmpty();
        rowsRead += file.rows().size();
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(rules.datePattern());
        for (Map<String, String> row : file.rows()) {
            String reference = rules.value(row, "MOBILITY_ID");
            assertThat(seen.add(reference)).as(what + " " + reference + " once").isTrue();
            boolean learner = "STUDENT".equals(kinds.get(reference));
            cells(rules, row, learner, reference, problems);
            dates(rules, row, dates, reference, problems);
            items(rules, row, reference, problems);
        }
        assertThat(seen).as(what).containsExactlyInAnyOrderElementsOf(kinds.keySet());
        assertThat(problems).as(what).isEmpty();
    }

    private static void cells(LayoutRules rules, Map<String, String> row, boolean learner, String reference, List<String> problems) {
        for (LayoutRules.Col column : rules.columns()) {
            String value = row.get(column.header());
            boolean mandatory = column.mandatory().equals("ALL") || (column.mandatory().equals("LEARNER") && learner)
                    || (column.mandatory().equals("STAFF") && !learner);
            if (value == null) {
                if (mandatory) {
                    problems.add(reference + ": " + column.header() + " missing");
                }
                continue;
            }
            if (column.dictionary() != null && !rules.allowed(column, value)) {
                problems.add(reference + ": " + column.header() + " = " + value + " not in " + column.dictionary());
            }
            if (column.format() != null && !column.format().matcher(value).matches()) {
                problems.add(reference + ": " + column.header() + " = " + value + " not a " + column.format());
            }
        }
        if ("true".equals(rules.portal(row, "ACCOMPANYING")) && rules.value(row, "ACTIVITY_TYPE").contains("ACC")) {
            problems.add(reference + ": an accompanying person carries the escorted group's activity");
        }
    }

    private static void dates(LayoutRules rules, Map<String, String> row, DateTimeFormatter format, String reference,
                              List<String> problems) {
        LocalDate start = LocalDate.parse(rules.value(row, "START_DATE"), format);
        LocalDate end = LocalDate.parse(rules.value(row, "END_DATE"), format);
        long calculated = ChronoUnit.DAYS.between(start, end) + 1;
        if (end.isBefore(start) || calculated != Long.parseLong(rules.value(row, "DURATION_CALCULATED"))) {
            problems.add(reference + ": duration calculated " + rules.value(row, "DURATION_CALCULATED") + " for " + start + "–" + end);
        }
        long interruption = Long.parseLong(rules.value(row, "INTERRUPTION_DAYS"));
        long travel = Long.parseLong(rules.value(row, "TRAVEL_DAYS"));
        long funded = Long.parseLong(rules.value(row, "FUNDED_DAYS"));
        String mobility = rules.value(row, "DURATION_MOBILITY");
        if (mobility != null && Long.parseLong(mobility) != calculated - interruption) {
            problems.add(reference + ": duration of mobility period " + mobility);
        }
        String nonFunded = rules.value(row, "NON_FUNDED_DAYS");
        long unfunded = nonFunded == null ? 0 : Long.parseLong(nonFunded);
        if (funded != calculated - interruption + travel - unfunded || funded < 0) {
            problems.add(reference + ": funded duration " + funded + " ≠ " + calculated + " − " + interruption + " + " + travel + " − " + unfunded);
        }
        for (String key : List.of("BIRTH_DATE", "REPORT_REQUESTED_ON", "REPORT_RECEIVED_ON")) {
            String value = rules.value(row, key);
            if (value != null) {
                LocalDate.parse(value, format);
            }
        }
    }

    private static void items(LayoutRules rules, Map<String, String> row, String reference, List<String> problems) {
        BigDecimal sum = BigDecimal.ZERO;
        int items = 0;
        for (String key : ITEMS) {
            if (rules.column(key) != null) {
                sum = sum.add(money(rules.value(row, key)));
                items++;
            }
        }
        BigDecimal total = money(rules.value(row, "TOTAL_GRANT"));
        if (total.subtract(sum).abs().compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(items))) > 0) {
            problems.add(reference + ": items " + sum + " ≠ total " + total);
        }
        for (String[] pair : new String[][] {{"TRAVEL_NOT_REQUIRED", "TRAVEL_GRANT"}, {"INDIVIDUAL_NOT_REQUIRED", "INDIVIDUAL_SUPPORT"},
                {"ORGANISATIONAL_NOT_REQUIRED", "ORGANISATIONAL_SUPPORT"}, {"SPECIAL_NEEDS_NOT_REQUIRED", "SPECIAL_NEEDS_SUPPORT"},
                {"EXCEPTIONAL_NOT_REQUIRED", "EXCEPTIONAL_COSTS"}}) {
            if ("true".equals(rules.portal(row, pair[0])) && money(rules.value(row, pair[1])).signum() != 0) {
                problems.add(reference + ": " + pair[1] + " not required but claimed");
            }
        }
    }

    static BigDecimal money(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    @Test
    void aHostWithoutOidMakesTheFileIncompleteAndTheCheckLinksToItsForm() throws Exception {
        demo.load();
        grants.load();
        long projectId = jdbc.sql("select id from project where number = ?").param(DEMO_PROJECTS.get(0)).query(Long.class).single();
        String incoming = "activity_type in ('" + String.join("','", ActivityType.incomingNames()) + "')";
        long hostId = jdbc.sql("select host_id from mobility_view where project_id = ? and reportable and host_id is not null"
                        + " group by host_id order by bool_or(" + incoming + ") desc, host_id limit 1")
                .param(projectId).query(Long.class).single();
        String hostsMobilities = "select count(*) from mobility_view where project_id = ? and reportable and host_id = ? and ";
        int outgoing = jdbc.sql(hostsMobilities + "not " + incoming).params(projectId, hostId).query(Integer.class).single();
        int hosted = jdbc.sql(hostsMobilities + incoming).params(projectId, hostId).query(Integer.class).single();
        jdbc.sql("update host_organisation set oid = null where id = ?").param(hostId).update();
        jdbc.sql("update student set email = 'not-an-address' where id = (select student_id from mobility_view where project_id = ? and reportable and student_id is not null order by reference limit 1)")
                .param(projectId).update();

        assertThat(download(projectId, "xlsx").getHeader("Content-Disposition")).contains("mobility-tool-incomplete-");
        String page = mvc.perform(get("/exports/reporting").param("project", String.valueOf(projectId))
                        .with(user(data.principal(COORDINATOR)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/hosts/" + hostId + "/edit").contains("Receiving Organisation ID")
                .contains("Participant Email").contains("not-an-address").contains("/students/");
        ReportingFile file = ReportingFile.csv(download(projectId, "csv").getContentAsByteArray());
        // an incoming activity's host is the organisation that sends: its missing OID empties the sending column
        assertThat(file.rows().stream().filter(r -> r.get("Receiving Organisation ID") == null)).hasSize(outgoing);
        assertThat(file.rows().stream().filter(r -> r.get("Sending Organisation ID") == null)).hasSize(hosted);
    }
}
