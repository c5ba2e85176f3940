package fr.capmob.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every role's home page issues the same statements with 1× and 100× the data (its counts are made in SQL). */
@PortalTest
@Import(StatementCounting.class)
class HomeStatementsTest {

    private static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "APPROVED", "CONFIRMED", "COMPLETED",
            "REPORTED", "IN_PROGRESS");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void sameStatementsForEveryRoleWith1xAnd100xData() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Compté " + run);
        long project = data.project("Compté " + run, school);
        long host = data.host("Compté host " + run, school);
        List<CurrentUser> users = List.of(
                data.principal(data.user("Coordinator", Role.COORDINATOR, null)),
                data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school)),
                data.principal(data.user("Accountant", Role.ACCOUNTANT, school)),
                data.principal(data.user("Agent comptable", Role.ACCOUNTANT, null)));
        insert(school, project, host, run, 0, 7);
        List<Integer> few = users.stream().map(this::statements).toList();
        insert(school, project, host, run, 7, 700);
        assertThat(users.stream().map(this::statements).toList()).isEqualTo(few);
        assertThat(few).allSatisfy(count -> assertThat(count).isPositive().isLessThanOrEqualTo(6));
    }

    private int statements(CurrentUser user) {
        try {
            return StatementCounting.count(() -> mvc.perform(get("/").with(user(user))).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Learners of every status, minors among them, departing in the coming weeks or gone, a transition each. */
    private void insert(long school, long project, long host, String run, int from, int to) {
        jdbc.update("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select ?, 'Home' || g || ?, 'Test', 'home' || g || lower(?), 'test',
                       current_date - (case when g % 2 = 0 then 16 else 20 end) * 365, 'FR', 'BAC_PRO'
                from generate_series(?, ? - 1) as g""", school, run, run, from, to);
        jdbc.update("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                select ?, lpad((?)::text, 6, '0') || '-MOB-' || lpad(g::text, 5, '0'), 'LM_SHORT_VET', st.id, ?, ?, h.city_id,
                       current_date + (g % 60) - 20, current_date + (g % 60) - 6, (?::text[])[1 + g % 7]
                from generate_series(?, ? - 1) as g
                join student st on st.school_id = ? and st.normalised_last_name = 'home' || g || lower(?)
                join host_organisation h on h.id = ?""",
                project, (int) (Math.random() * 900_000) + 100_000, school, host,
                "{" + String.join(",", STATUSES) + "}", from, to, school, run, host);
        jdbc.update("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at)
                select m.id, 'SUBMITTED', m.status, 't@test.capmob.fr', now() from mobility m
                where m.project_id = ? and not exists (select 1 from mobility_transition t where t.mobility_id = m.id)""",
                project);
    }
}
