package fr.capmob.portal.consortium.web;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The schools list issues the same number of SQL statements with 33 schools and with 3,300 (no N+1):
 * one select of the page's rows and one count. Statements are counted by a proxy around the DataSource (the list
 * uses JdbcClient, which Hibernate statistics would not see).
 */
@PortalTest
@Import(StatementCounting.class)
class SchoolListStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sameNumberOfStatementsWith33And3300Schools() throws Exception {
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        String run = TestData.unique();

        insertSchools(run, 1, 33);
        long with33 = statementsOfListPage(coordinator, run);
        insertSchools(run, 34, 3_300);
        long with3300 = statementsOfListPage(coordinator, run);

        assertThat(jdbc.queryForObject("select count(*) from school where name like ?", Integer.class,
                "Volume " + run + "%")).isEqualTo(3_300);
        assertThat(with3300).isEqualTo(with33);
        // the page's rows and the total, and the two statements every page issues whatever its list (four, as when
        // the list was read with JPQL and counted by Hibernate's statistics as two): nothing per school
        assertThat(with33).isEqualTo(4);
    }

    private long statementsOfListPage(CurrentUser coordinator, String run) throws Exception {
        return StatementCounting.count(() -> mvc.perform(get("/schools").param("q", "Volume " + run).param("sort", "city")
                .with(user(coordinator))).andExpect(status().isOk()));
    }

    /** Schools n = from..to, each with a valid UAI 8nnnnnn + check letter, two levels and a field, in one statement each. */
    private void insertSchools(String run, int from, int to) {
        jdbc.update("""
                insert into school (name, uai, city, experience)
                select 'Volume ' || ? || ' ' || lpad(n::text, 4, '0'),
                       (8000000 + n)::text || substr('ABCDEFGHJKLMNPRSTUVWXYZ', ((8000000 + n) % 23)::int + 1, 1),
                       'Ville ' || (n % 50), case when n % 3 = 0 then 'EXPERIENCED' else 'NOVICE' end
                from generate_series(?, ?) as n
                """, run, from, to);
        jdbc.update("""
                insert into school_level (school_id, level)
                select s.id, l.level from school s cross join (values ('CAP'), ('BAC_PRO')) as l(level)
                where s.name like ?
                on conflict do nothing
                """, "Volume " + run + "%");
        jdbc.update("""
                insert into school_field (school_id, field)
                select s.id, 'INDUSTRY' from school s where s.name like ? on conflict do nothing
                """, "Volume " + run + "%");
    }
}
