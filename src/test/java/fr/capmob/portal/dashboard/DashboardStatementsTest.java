package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures take two statements (the session settings, then every figure at once), and its pages
 * and CSV issue as many statements with 10 mobilities as with 5,000: aggregates in SQL, no row loaded per mobility.
 */
@PortalTest
@Import(StatementCounting.class)
class DashboardStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired DashboardService dashboard;
    @Autowired Clock clock;

    @Test
    void sameStatementsWhateverTheNumberOfMobilities() throws Exception {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, f.schoolA()));

        StatementCounting.STATEMENTS.set(0);
        StatementCounting.counted = Thread.currentThread();
        dashboard.figures(new DashboardFilter(f.project(), null), coordinator);
        // the session settings, then the summary, the outcomes, the exam rates and the breakdowns at once
        assertThat(StatementCounting.STATEMENTS.get()).isEqualTo(2);

        int page = statements("/dashboard/projects/" + f.project(), coordinator);
        int referentPage = statements("/dashboard", referent);
        int csv = statements("/dashboard.csv?projectId=" + f.project(), coordinator);
        int results = statements("/results", coordinator);
        more(f, 5_000);
        assertThat(jdbc.sql("select count(*) from mobility where project_id = ?").param(f.project()).query(Long.class).single())
                .isGreaterThan(5_000);
        assertThat(statements("/dashboard/projects/" + f.project(), coordinator)).isEqualTo(page);
        assertThat(statements("/dashboard", referent)).isEqualTo(referentPage);
        assertThat(statements("/dashboard.csv?projectId=" + f.project(), coordinator)).isEqualTo(csv);
        assertThat(statements("/results", coordinator)).isEqualTo(results);
    }

    @Test
    void aPageCostsAsManyStatementsComputedAsReadFromItsSnapshot() throws Exception {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        String url = "/dashboard/projects/" + f.project();
        mvc.perform(get(url).with(user(coordinator))).andExpect(model().attribute("asOf", nullValue()));
        int computed = statements(url, coordinator);

        // the scope's figures kept, as for a slow scope (every computation counts as slow for this one)
        new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofHours(24), Duration.ofMinutes(2),
                Duration.ofHours(24)).current(new DashboardFilter(f.project(), null), coordinator);
        mvc.perform(get(url).with(user(coordinator))).andExpect(model().attribute("asOf", notNullValue()));

        // the look-up, then the figures (computed) or the note that the scope was viewed (snapshot)
        assertThat(statements(url, coordinator)).isEqualTo(computed);
    }

    private int statements(String url, CurrentUser user) throws Exception {
        StatementCounting.STATEMENTS.set(0);
        StatementCounting.counted = Thread.currentThread();
        mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
        StatementCounting.counted = null;
        return StatementCounting.STATEMENTS.get();
    }

    /** Students of school A with one completed mobility each, a report and an exam result, in four statements. */
    private void more(DashboardFixture f, int count) {
        String run = TestData.unique();
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Many' || g || :run, 'Test', 'many' || g || lower(:run), 'test', date '2001-01-01', 'FR', 'CAP'
                from generate_series(1, :count) as g""")
                .param("school", f.schoolA()).param("run", run).param("count", count).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status, updated_by)
                select :project, '9' || lpad((g / 100000)::text, 5, '0') || '-MOB-' || lpad((g % 100000)::text, 5, '0'),
                       'LM_SHORT_VET', st.id, :school, m.host_id, m.destination_city_id,
                       date '2019-01-07' + (g % 600), date '2019-01-20' + (g % 600) + (g % 40), 'COMPLETED', :run
                from generate_series(1, :count) as g
                join student st on st.school_id = :school and st.normalised_last_name = 'many' || g || lower(:run)
                join mobility m on m.id = :model""")
                .param("project", f.project()).param("school", f.schoolA()).param("run", run).param("count", count)
                .param("model", f.m1()).update();
        jdbc.sql("""
                insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                                                satisfaction, language, submitted_at)
                select m.id, 'LEARNER', m.id % 3 > 0, m.id % 2 = 0, true, 4 + (m.id % 2)::int, 'fr', now()
                from mobility m where m.project_id = :project and m.updated_by = :run""")
                .param("project", f.project()).param("run", run).update();
        jdbc.sql("""
                insert into exam_result (student_id, qualification_level, session_label, result)
                select st.id, 'CAP', 'CAP juin 2020', case when st.id % 10 = 0 then 'FAILED' else 'PASSED' end
                from student st where st.normalised_last_name like 'many%' || lower(:run)""")
                .param("run", run).update();
    }
}
