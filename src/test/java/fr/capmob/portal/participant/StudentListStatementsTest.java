package fr.capmob.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The students list issues the same SQL statements whatever the number of students: the list is filtered,
 * counted and paged in SQL. Statements are counted by a proxy around the DataSource (the list uses JdbcClient,
 * which Hibernate statistics would not see).
 */
@PortalTest
@Import(StatementCounting.class)
class StudentListStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theListIssuesTheSameStatementsForFiveHundredAndFiftyThousandStudents() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Counted " + run);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));

        insertStudents(school, run, 0, 500);
        int coordinatorWithFew = statementsOfList(coordinator);
        int referentWithFew = statementsOfList(referent);

        insertStudents(school, run, 500, 50_000);
        assertThat(jdbc.sql("select count(*) from student where school_id = ?").param(school).query(Long.class).single())
                .isEqualTo(50_000);
        int coordinatorWithMany = statementsOfList(coordinator);
        int referentWithMany = statementsOfList(referent);

        assertThat(coordinatorWithFew).isPositive();
        assertThat(coordinatorWithMany).isEqualTo(coordinatorWithFew);
        assertThat(referentWithMany).isEqualTo(referentWithFew);
        // nothing is loaded per line either: a page of 100 costs what a page of 25 costs
        assertThat(statementsOfList(coordinator, 100)).isEqualTo(coordinatorWithMany);
    }

    private int statementsOfList(CurrentUser user) throws Exception {
        return statementsOfList(user, 25);
    }

    private int statementsOfList(CurrentUser user, int size) throws Exception {
        StatementCounting.STATEMENTS.set(0);
        StatementCounting.counted = Thread.currentThread();
        mvc.perform(get("/students").param("sort", "birthDate").param("size", String.valueOf(size)).with(user(user)))
                .andExpect(status().isOk());
        return StatementCounting.STATEMENTS.get();
    }

    /** One statement: students from {@code from} (inclusive) to {@code to} (exclusive), all different people. */
    private void insertStudents(long school, String run, int from, int to) {
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level, class_name, fewer_opportunities,
                                     fewer_opportunities_justification)
                select :school, 'Eleve' || g, 'Test', 'eleve' || g, 'test', date '2005-01-01' + (g % 3000),
                       'FR', (array['CAP','BAC_PRO','BMA','FCIL','BTS'])[1 + g % 5], 'Classe ' || (g % 40), g % 7 = 0,
                       case when g % 7 = 0 then 'justification ' || :run end
                from generate_series(:from, :to - 1) as g
                """).param("school", school).param("run", run).param("from", from).param("to", to).update();
    }
}
