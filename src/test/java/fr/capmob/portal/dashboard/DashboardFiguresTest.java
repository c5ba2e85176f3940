package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.consortium.QualificationLevel;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's figures on a small fixture computed by hand ({@link DashboardFixture}), in every scope. */
@PortalTest
class DashboardFiguresTest {

    @Autowired DashboardService dashboard;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    DashboardFixture f;
    CurrentUser coordinator;
    CurrentUser referentA;
    CurrentUser accountantB;

    @BeforeEach
    void fixture() {
        f = DashboardFixture.create(data, jdbc);
        coordinator = data.principal(data.user("Coordination", Role.COORDINATOR, null));
        referentA = data.principal(data.user("Référent A", Role.SCHOOL_REFERENT, f.schoolA()));
        accountantB = data.principal(data.user("Gestion B", Role.ACCOUNTANT, f.schoolB()));
    }

    private DashboardFigures project(CurrentUser user) {
        return dashboard.figures(new DashboardFilter(f.project(), null), user);
    }

    private static Map<String, Long> totals(List<Breakdown> lines) {
        return lines.stream().collect(Collectors.toMap(Breakdown::key, Breakdown::total));
    }

    @Test
    void theProjectFiguresAreTheHandComputedOnes() {
        DashboardFigures figures = project(coordinator);
        DashboardFigures.Summary s = figures.summary();
        // m1–m4 went abroad; the draft m5 and the cancelled m6 do not count
        assertThat(s.mobilities()).isEqualTo(4);
        assertThat(s.learners()).isEqualTo(3);
        assertThat(s.staff()).isEqualTo(1);
        assertThat(s.countries()).isEqualTo(2);
        assertThat(s.schools()).isEqualTo(2);
        assertThat(s.consortiumSchools()).isEqualTo(2);
        assertThat(s.schoolShare().percent()).isEqualTo(100);
        // durations 14, 30, 20, 12: median (14 + 20) / 2
        assertThat(s.minDays()).isEqualTo(12);
        assertThat(s.maxDays()).isEqualTo(30);
        assertThat(s.medianDays()).isEqualByComparingTo(new BigDecimal("17"));
        // s1 and s3 have fewer opportunities and were 16 and 17 at departure: 2 of 3 learners = 67 %
        assertThat(s.fewerOpportunities()).isEqualTo(new Share(2, 3));
        assertThat(s.fewerOpportunities().percent()).isEqualTo(67);
        assertThat(s.minors()).isEqualTo(new Share(2, 3));

        // learner reports of m1 and m2 (the staff report and the draft's report do not count)
        DashboardFigures.Outcomes o = figures.outcomes();
        assertThat(o.improvedLanguage()).isEqualTo(new Share(2, 2));
        assertThat(o.moreConfidence()).isEqualTo(new Share(1, 2));
        assertThat(o.moreConfidence().percent()).isEqualTo(50);
        assertThat(o.wouldGoAgain()).isEqualTo(new Share(1, 1));
        assertThat(o.satisfied()).isEqualTo(new Share(1, 2));

        // s1 passed at the second session, s2 failed, s3 pending (left out), s4 passed but never went abroad
        assertThat(figures.exams()).extracting(ExamRate::level, ExamRate::passed, ExamRate::decided, ExamRate::pending)
                .containsExactly(tuple(QualificationLevel.CAP, 0L, 0L, 1L), tuple(QualificationLevel.BAC_PRO, 1L, 2L, 0L));
        assertThat(figures.exams().get(0).passRate().percent()).isNull();
        assertThat(figures.exams().get(1).passRate().percent()).isEqualTo(50);

        assertThat(totals(figures.by(Dimension.COUNTRY))).isEqualTo(Map.of("DE", 3L, "ES", 1L));
        assertThat(figures.by(Dimension.COUNTRY).get(0)).isEqualTo(new Breakdown("DE", null, 2, 1));
        assertThat(totals(figures.by(Dimension.ACTIVITY_TYPE))).isEqualTo(Map.of("LM_SHORT_VET", 3L, "ACCOMPANYING", 1L));
        assertThat(totals(figures.by(Dimension.QUALIFICATION_LEVEL))).isEqualTo(Map.of("BAC_PRO", 2L, "CAP", 1L));
        assertThat(totals(figures.by(Dimension.YEAR))).isEqualTo(Map.of("2019", 3L, "2020", 1L));
        assertThat(figures.by(Dimension.MONTH)).extracting(Breakdown::key, Breakdown::total)
                .containsExactly(tuple("2019-03", 2L), tuple("2019-04", 1L), tuple("2020-10", 1L));
        assertThat(totals(figures.by(Dimension.SCHOOL)))
                .isEqualTo(Map.of(String.valueOf(f.schoolA()), 3L, String.valueOf(f.schoolB()), 1L));
        assertThat(figures.by(Dimension.SCHOOL).get(0).name()).startsWith("LP Tableau A");
        // a mobility counts in each field of its school: A (3) in hospitality and industry, B (1) in industry
        assertThat(totals(figures.by(Dimension.FIELD))).isEqualTo(Map.of("HOSPITALITY_CATERING", 3L, "INDUSTRY", 4L));
    }

    @Test
    void aReferentsDashboardNeverCountsAnotherSchoolsData() {
        // a referent asking the service for school B gets nothing (the controller answers 404 before)
        assertThat(dashboard.figures(new DashboardFilter(f.project(), f.schoolB()), referentA).summary().mobilities()).isZero();
        for (DashboardFigures figures : List.of(project(referentA),
                dashboard.figures(new DashboardFilter(f.project(), f.schoolA()), coordinator))) {
            DashboardFigures.Summary s = figures.summary();
            assertThat(s.mobilities()).isEqualTo(3);
            assertThat(s.learners()).isEqualTo(2);
            assertThat(s.staff()).isEqualTo(1);
            assertThat(s.schools()).isEqualTo(1);
            assertThat(s.minDays()).isEqualTo(12);
            assertThat(s.maxDays()).isEqualTo(30);
            assertThat(s.minors()).isEqualTo(new Share(1, 2));
            assertThat(figures.exams()).extracting(ExamRate::level).containsExactly(QualificationLevel.BAC_PRO);
            assertThat(totals(figures.by(Dimension.SCHOOL))).containsOnlyKeys(String.valueOf(f.schoolA()));
            assertThat(totals(figures.by(Dimension.FIELD))).isEqualTo(Map.of("HOSPITALITY_CATERING", 3L, "INDUSTRY", 3L));
        }
        // the accountant of school B: m3 only
        DashboardFigures b = project(accountantB);
        assertThat(b.summary().mobilities()).isEqualTo(1);
        assertThat(b.summary().learners()).isEqualTo(1);
        assertThat(b.outcomes().improvedLanguage().base()).isZero();
        assertThat(b.outcomes().improvedLanguage().percent()).isNull();
    }

    @Test
    void anotherSchoolsDashboardIsNotFoundForAReferent() throws Exception {
        mvc.perform(get("/dashboard/schools/" + f.schoolB()).with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard.csv").param("schoolId", String.valueOf(f.schoolB())).with(user(referentA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/schools/" + f.schoolA()).with(user(referentA))).andExpect(status().isOk());
    }

    @Test
    void thePageShowsTheFiguresTheMapAndTheCharts() throws Exception {
        String html = mvc.perform(get("/dashboard/projects/" + f.project()).param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"figure-learners\">3<", "id=\"figure-staff\">1<", "id=\"figure-countries\">2<",
                "id=\"figure-days\">12–30<", "id=\"outcome-improvedLanguage\">100%<", "id=\"outcome-moreConfidence\">50%<",
                "id=\"outcome-improvedLanguage-answers\">of 2 answers<", "Germany: 3 mobilities", "class=\"map-q5\"",
                "data-country=\"ES\"", "class=\"map-q2\"", "Natural Earth", "/dist/chart.umd.min.js\" defer",
                "id=\"chart-MONTH\"", "data-labels=\"[&quot;Mar 2019&quot;", "Hospitality and catering");
        // the tables under the charts and the breakdowns have the figures too
        assertThat(html).containsPattern("id=\"table-ACTIVITY_TYPE\">[\\s\\S]*Short-term learner mobility</th>\\s*<td class=\"text-end\">3</td>");
        assertThat(html).containsPattern("id=\"table-FIELD\">[\\s\\S]*Industry</th>\\s*<td class=\"text-end\">3</td>\\s*<td class=\"text-end\">1</td>");
        // the months without departures between the first and the last are on the chart with zero
        assertThat(html).contains("&quot;Nov 2019&quot;");
        assertThat(html).doesNotContain("style=");
        // the Chart.js webjar resolves without its version (webjars-locator-lite)
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js").with(user(coordinator))).andExpect(status().isOk());
    }

    @Test
    void theCsvHasTheSameFiguresAsThePage() throws Exception {
        byte[] body = mvc.perform(get("/dashboard.csv").param("projectId", String.valueOf(f.project())).param("lang", "fr")
                        .with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        Map<String, CSVRecord> byKey = records.stream()
                .collect(Collectors.toMap(r -> r.get("section") + "/" + r.get("key"), r -> r));
        assertThat(byKey.get("summary/learners").get("value")).isEqualTo("3");
        assertThat(byKey.get("summary/learners").get("label")).isEqualTo("Élèves partis");
        assertThat(byKey.get("summary/staff").get("value")).isEqualTo("1");
        assertThat(byKey.get("summary/medianDays").get("value")).isEqualTo("17,0");
        assertThat(byKey.get("summary/minors").get("value")).isEqualTo("67");
        assertThat(byKey.get("summary/minors").get("base")).isEqualTo("3");
        assertThat(byKey.get("outcome/moreConfidence").get("value")).isEqualTo("50");
        assertThat(byKey.get("outcome/moreConfidence").get("base")).isEqualTo("2");
        assertThat(byKey.get("examPassRate/BAC_PRO").get("value")).isEqualTo("50");
        assertThat(byKey.get("examPassRate/CAP").get("value")).isEmpty();
        assertThat(byKey.get("byCOUNTRY/DE").get("label")).isEqualTo("Allemagne");
        assertThat(byKey.get("byCOUNTRY/DE").get("learners")).isEqualTo("2");
        assertThat(byKey.get("byCOUNTRY/DE").get("staff")).isEqualTo("1");
        assertThat(byKey.get("byFIELD/INDUSTRY").get("value")).isEqualTo("4");

        // the same scope as the page: a referent's CSV has their school's figures only
        String referent = mvc.perform(get("/dashboard.csv").param("projectId", String.valueOf(f.project())).with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(referent).contains("summary;learners;Élèves partis;2;", "byCOUNTRY;DE;Allemagne;2;;1;1\r\n");
    }

    @Test
    void theResultsListIsScopedFilteredAndLinksToTheStudentsExams() throws Exception {
        String referent = mvc.perform(get("/results").param("session", "juin").param("size", "100").with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(referent).contains("/students/" + f.s1() + "/exams", "/students/" + f.s2() + "/exams",
                "/students/" + f.s4() + "/exams").doesNotContain("/students/" + f.s3() + "/exams");
        String pending = mvc.perform(get("/results").param("schoolId", String.valueOf(f.schoolB())).param("outcome", "PENDING")
                        .param("level", "CAP").param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pending).contains("/students/" + f.s3() + "/exams", "CAP juin 2021", "Pending");
        String none = mvc.perform(get("/results").param("schoolId", String.valueOf(f.schoolB())).param("outcome", "PASSED")
                        .param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No exam result matches.");
    }
}
