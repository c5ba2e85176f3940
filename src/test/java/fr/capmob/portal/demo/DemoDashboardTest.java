package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.DashboardFilter;
import fr.capmob.portal.dashboard.DashboardService;
import fr.capmob.portal.dashboard.ExamRate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo consortium's CAPMOB 2.0 dashboard shows the CAPMOB summary's figures, computed from the demo's mobilities,
 * reports and exam results (inside the test's rolled-back transaction).
 */
@PortalTest
class DemoDashboardTest {

    @Autowired DemoConsortium demo;
    @Autowired DemoImpact impact;
    @Autowired DashboardService dashboard;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void capmob20ShowsTheCapmobSummary() throws Exception {
        demo.load();
        impact.load();
        long capmob20 = jdbc.sql("select id from project where number = '2018-1-FR01-KA102-047193'").query(Long.class).single();
        CurrentUser coordinator = (CurrentUser) users.loadUserByUsername("coordination@capmob.example");

        DashboardFigures figures = dashboard.figures(new DashboardFilter(capmob20, null), coordinator);
        DashboardFigures.Summary s = figures.summary();
        assertThat(s.learners()).isEqualTo(471);
        assertThat(s.staff()).isEqualTo(246);
        assertThat(s.countries()).isEqualTo(16);
        // activity days, travel not included: CAPMOB's published 12 to 62 days counted the two travel days
        assertThat(s.minDays()).isEqualTo(10);
        assertThat(s.maxDays()).isEqualTo(60);
        assertThat(s.schools()).isEqualTo(33);
        assertThat(s.schoolShare().percent()).isEqualTo(100);
        assertThat(figures.outcomes().improvedLanguage().percent()).isEqualTo(92);
        assertThat(figures.outcomes().moreConfidence().percent()).isEqualTo(86);
        assertThat(figures.outcomes().wouldGoAgain().percent()).isEqualTo(98);
        assertThat(figures.outcomes().satisfied().percent()).isEqualTo(100);
        assertThat(figures.outcomes().improvedLanguage().base()).isGreaterThan(300);
        Map<QualificationLevel, Integer> rates = figures.exams().stream()
                .collect(Collectors.toMap(ExamRate::level, r -> r.passRate().percent()));
        assertThat(rates).containsEntry(QualificationLevel.BAC_PRO, 95).containsEntry(QualificationLevel.CAP, 100);
        // the autumn-2020 learners still wait for their June 2021 session: left out of the rates
        assertThat(figures.exams()).anyMatch(r -> r.pending() > 0);
        // the job-shadowing week cancelled by the sanitary crisis is not counted
        assertThat(jdbc.sql("select count(*) from mobility where project_id = ? and status = 'CANCELLED' and force_majeure")
                .param(capmob20).query(Long.class).single()).isPositive();

        String html = mvc.perform(get("/dashboard/projects/" + capmob20).param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"figure-learners\">471<", "id=\"figure-staff\">246<", "id=\"figure-countries\">16<",
                "id=\"figure-days\">10–60<", "id=\"figure-schools\">33<", "id=\"outcome-improvedLanguage\">92%<",
                "id=\"outcome-moreConfidence\">86%<", "id=\"outcome-wouldGoAgain\">98%<", "id=\"outcome-satisfied\">100%<");
        assertThat(html).containsPattern("id=\"exam-BAC_PRO\">\\s*<th scope=\"row\">Bac Pro</th>\\s*<td class=\"text-end exam-rate\">95%</td>");
        assertThat(html).containsPattern("id=\"exam-CAP\">\\s*<th scope=\"row\">CAP</th>\\s*<td class=\"text-end exam-rate\">100%</td>");

        // the referent of Lycée Guillaume Tirel sees their school's figures only
        CurrentUser referent = (CurrentUser) users.loadUserByUsername("referent.tirel@capmob.example");
        DashboardFigures tirel = dashboard.figures(new DashboardFilter(capmob20, null), referent);
        long tirelStudents = jdbc.sql("select count(*) from student where school_id = ?").param(referent.schoolId())
                .query(Long.class).single();
        assertThat(tirel.summary().learners()).isEqualTo(tirelStudents);
        assertThat(tirel.summary().schools()).isEqualTo(1);
    }
}
