package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.DashboardFilter;
import fr.capmob.portal.dashboard.DashboardService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules of issue 11 that the demo's other activities show, with worked examples read from the demo's files:
 * incoming activities (the organisations swapped in the reporting file, left out of the dashboard's outgoing figures),
 * course fees in the Beneficiary Module layout, and the layouts' "Grant Not Required" columns.
 */
@PortalTest
class IncomingAndCourseFeesReportingTest {

    @Autowired DemoConsortium demo;
    @Autowired DemoGrants grants;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired DashboardService dashboard;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long project(int index) {
        return jdbc.sql("select id from project where number = ?").param(ReportingRoundTripTest.DEMO_PROJECTS.get(index))
                .query(Long.class).single();
    }

    private Map<String, Map<String, String>> rows(long projectId, LayoutRules rules) throws Exception {
        byte[] body = mvc.perform(get("/exports/beneficiary-module").param("project", String.valueOf(projectId))
                        .param("format", "csv").param("separator", "comma")
                        .with(user(data.principal(ReportingRoundTripTest.COORDINATOR))))
                .andReturn().getResponse().getContentAsByteArray();
        ReportingFile file = ReportingFile.csv(body);
        return file.rows().stream().collect(java.util.stream.Collectors.toMap(r -> rules.value(r, "MOBILITY_ID"), r -> r));
    }

    @Test
    void anIncomingExpertIsSentByTheirOrganisationAndReceivedByTheSchool() throws Exception {
        demo.load();
        grants.load();
        long capmob20 = project(0);
        LayoutRules rules = LayoutRules.forCallYear(jdbc, 2018);
        Map<String, Map<String, String>> rows = rows(capmob20, rules);
        List<Map<String, Object>> experts = jdbc.sql("""
                select m.reference, h.oid as host_oid, h.legal_name, h.country as host_country, s.oid as school_oid, s.name
                from mobility m join host_organisation h on h.id = m.host_id join school s on s.id = m.sending_school_id
                where m.project_id = ? and m.activity_type = 'OA_INV_EXP' order by m.reference""").param(capmob20)
                .query().listOfRows();
        assertThat(experts).hasSize(2);
        for (Map<String, Object> expert : experts) {
            Map<String, String> row = rows.get((String) expert.get("reference"));
            // Mobility Tool+ 2014–2020: an enterprise's trainer invited to teach is a teaching/training assignment (A3)
            assertThat(rules.value(row, "ACTIVITY_TYPE")).isEqualTo("Teaching/training assignments abroad");
            assertThat(rules.value(row, "ACTIVITY_NO")).isEqualTo("A3");
            assertThat(rules.value(row, "SENDING_OID")).isEqualTo(expert.get("host_oid"));
            assertThat(rules.value(row, "SENDING_NAME")).isEqualTo(expert.get("legal_name"));
            assertThat(rules.value(row, "SENDING_COUNTRY")).isEqualTo(expert.get("host_country"));
            assertThat(rules.value(row, "RECEIVING_OID")).isEqualTo(expert.get("school_oid"));
            assertThat(rules.value(row, "RECEIVING_NAME")).isEqualTo(expert.get("name"));
            assertThat(rules.value(row, "RECEIVING_COUNTRY")).isEqualTo("FR");
            assertThat(rules.value(row, "RECEIVING_PIC")).isNull();
        }
        // an outgoing learner of the same file: the school sends, the host receives
        String learner = jdbc.sql("""
                select m.reference from mobility m where m.project_id = ? and m.student_id is not null
                order by m.reference limit 1""").param(capmob20).query(String.class).single();
        String schoolOid = jdbc.sql("select s.oid from mobility m join school s on s.id = m.sending_school_id where m.reference = ?")
                .param(learner).query(String.class).single();
        assertThat(rules.value(rows.get(learner), "SENDING_OID")).isEqualTo(schoolOid);
        assertThat(rules.value(rows.get(learner), "RECEIVING_COUNTRY")).isNotEqualTo("FR");
    }

    @Test
    void theDashboardCountsOutgoingMobilitiesOnly() {
        demo.load();
        long capmob20 = project(0);
        CurrentUser coordinator = (CurrentUser) users.loadUserByUsername(ReportingRoundTripTest.COORDINATOR);
        DashboardFigures.Summary summary = dashboard.figures(new DashboardFilter(capmob20, null), coordinator).summary();
        long wentAbroad = jdbc.sql("select count(*) from mobility_view where project_id = ? and went_abroad").param(capmob20)
                .query(Long.class).single();
        // the two invited trainers came to a school in France: 717 outgoing mobilities, 246 staff, 16 countries
        assertThat(summary.mobilities()).isEqualTo(wentAbroad - 2).isEqualTo(717);
        assertThat(summary.staff()).isEqualTo(246);
        assertThat(summary.countries()).isEqualTo(16);
    }

    @Test
    void capmob21HasEveryActivityOfItsCallAndCourseFeesForTenDaysAtMost() throws Exception {
        demo.load();
        grants.load();
        long capmob21 = project(1);
        jdbc.sql("update mobility set status = 'APPROVED' where project_id = ? and status in ('DRAFT', 'SUBMITTED')")
                .param(capmob21).update();
        LayoutRules rules = LayoutRules.forCallYear(jdbc, 2021);
        Map<String, Map<String, String>> rows = rows(capmob21, rules);
        assertThat(rows.values().stream().map(r -> rules.value(r, "ACTIVITY_TYPE")).distinct())
                .containsExactlyInAnyOrder("LM-SHORT-VET", "LM-LONG-VET", "SM-COUR-TRAIN", "SM-JOB-SHDW", "SM-TTA",
                        "OA-INV-EXP", "OA-HOS-TTT");
        for (Map<String, String> row : rows.values()) {
            String activity = rules.value(row, "ACTIVITY_TYPE");
            String fees = rules.value(row, "COURSE_FEES");
            if (activity.equals("SM-COUR-TRAIN")) {
                // 12 days of course, fees for 10 at most: 10 × 80 € = 800 €
                assertThat(rules.value(row, "DURATION_CALCULATED")).isEqualTo("12");
                assertThat(new BigDecimal(fees)).isEqualByComparingTo("800");
            } else {
                assertThat(fees).as(activity).isNull();
            }
            if (activity.equals("OA-HOS-TTT")) {
                // a teacher in training hosted by the school: its organisational support per hosted person, 100 €
                assertThat(new BigDecimal(rules.value(row, "ORGANISATIONAL_SUPPORT"))).isEqualByComparingTo("100");
                assertThat(rules.value(row, "RECEIVING_COUNTRY")).isEqualTo("FR");
                assertThat(rules.value(row, "SENDING_COUNTRY")).isEqualTo("SE");
            }
        }
    }

    @Test
    void theLayoutsHaveAGrantNotRequiredColumnPerItemAndTheBeneficiaryModuleCourseFees() {
        LayoutRules mtPlus = LayoutRules.forCallYear(jdbc, 2018);
        LayoutRules bm = LayoutRules.forCallYear(jdbc, 2021);
        assertThat(mtPlus.columns()).hasSize(60);
        assertThat(bm.columns()).hasSize(47);
        for (String item : List.of("TRAVEL", "INDIVIDUAL", "ORGANISATIONAL", "SPECIAL_NEEDS", "EXCEPTIONAL")) {
            LayoutRules.Col column = mtPlus.column(item + "_NOT_REQUIRED");
            assertThat(column).as(item).isNotNull();
            assertThat(column.header()).endsWith("- Grant Not Required");
            assertThat(column.dictionary()).isEqualTo("YES_NO");
        }
        // each "not required" column right after its item
        List<String> keys = mtPlus.columns().stream().map(LayoutRules.Col::key).toList();
        assertThat(keys.indexOf("SPECIAL_NEEDS_NOT_REQUIRED")).isEqualTo(keys.indexOf("SPECIAL_NEEDS_SUPPORT") + 1);
        assertThat(keys.indexOf("EXCEPTIONAL_NOT_REQUIRED")).isEqualTo(keys.indexOf("EXCEPTIONAL_COSTS") + 1);
        assertThat(bm.column("COURSE_FEES").header()).isEqualTo("Course fees");
        assertThat(mtPlus.column("COURSE_FEES")).as("structured courses: not for VET staff in 2014–2020").isNull();
    }

    @Test
    void anIncomingExpertsMissingSendingOidIsCorrectedOnTheirOrganisationsForm() throws Exception {
        demo.load();
        grants.load();
        long capmob20 = project(0);
        Map<String, Object> expert = jdbc.sql("select host_id, sending_school_id from mobility where project_id = ?"
                + " and activity_type = 'OA_INV_EXP' order by reference limit 1").param(capmob20).query().singleRow();
        long hostId = ((Number) expert.get("host_id")).longValue();
        // the expert's row lacks its Sending Organisation ID: the host's form fixes it, not the school's
        jdbc.sql("update host_organisation set oid = null where id = ?").param(hostId).update();
        String page = mvc.perform(get("/exports/reporting").param("project", String.valueOf(capmob20))
                .with(user(data.principal(ReportingRoundTripTest.COORDINATOR)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sending Organisation ID").contains("/hosts/" + hostId + "/edit")
                .doesNotContain("/schools/" + expert.get("sending_school_id") + "/edit");
    }
}
