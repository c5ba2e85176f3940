package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The mobility list issues the same statements with 700 and with 70,000 mobilities (filtered and paged in SQL). */
@PortalTest
@Import(StatementCounting.class)
class MobilityListStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void sameStatementsFor700And70000Mobilities() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Counted mobilities " + run);
        long project = data.project("Counted " + run, school);
        long host = data.host("Counted host " + run, school);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));

        insertMobilities(school, project, host, run, 0, 700);
        // reference data read once per application (the gazetteer's countries, cached): not a statement of the page
        statements(coordinator, 25);
        int coordinatorFew = statements(coordinator, 25);
        int referentFew = statements(referent, 25);
        insertMobilities(school, project, host, run, 700, 70_000);
        assertThat(jdbc.sql("select count(*) from mobility where project_id = ?").param(project).query(Long.class).single())
                .isEqualTo(70_000);
        assertThat(coordinatorFew).isPositive();
        assertThat(statements(coordinator, 25)).isEqualTo(coordinatorFew);
        assertThat(statements(referent, 25)).isEqualTo(referentFew);
        assertThat(statements(coordinator, 100)).isEqualTo(coordinatorFew);
    }

    private int statements(CurrentUser user, int size) throws Exception {
        StatementCounting.STATEMENTS.set(0);
        StatementCounting.counted = Thread.currentThread();
        mvc.perform(get("/mobilities").param("sort", "participant").param("minor", "false")
                        .param("size", String.valueOf(size)).with(user(user)))
                .andExpect(status().isOk());
        return StatementCounting.STATEMENTS.get();
    }

    /** One student and one mobility each, in two statements. */
    private void insertMobilities(long school, long project, long host, String run, int from, int to) {
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Mob' || g || :run, 'Test', 'mob' || g || lower(:run), 'test', date '2000-01-01',
                       'FR', 'BAC_PRO'
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                select :project, lpad((:serial)::text, 6, '0') || '-MOB-' || lpad(g::text, 5, '0'), 'LM_SHORT_VET', st.id,
                       :school, :host, h.city_id, date '2019-03-01' + (g % 300), date '2019-03-20' + (g % 300), 'DRAFT'
                from generate_series(:from, :to - 1) as g
                join student st on st.school_id = :school and st.normalised_last_name = 'mob' || g || lower(:run)
                join host_organisation h on h.id = :host""")
                .param("project", project).param("serial", (int) (Math.random() * 900_000) + 100_000)
                .param("school", school).param("host", host).param("run", run).param("from", from).param("to", to)
                .update();
    }
}
