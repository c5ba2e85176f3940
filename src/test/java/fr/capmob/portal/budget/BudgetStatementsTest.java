package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every budget, payment, expenditure and M9.6 page issues the same number of statements with 60 mobilities and
 * with 6,000 (with their grants and payments), 2 and 42 schools, 5 and 1,005 invoices: the sums are grouped in SQL.
 */
@PortalTest
@Import(StatementCounting.class)
class BudgetStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void sameStatementsWhateverTheVolume() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Counted budget " + run);
        long other = data.school("LP Counted other " + run);
        long project = data.project("Counted budget " + run, school, other);
        long host = data.host("Counted host " + run, school);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));

        insert(school, project, host, run, 0, 60);
        long mobility = jdbc.sql("select min(id) from mobility where project_id = :p").param("p", project).query(Long.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/budget", "coordinator");
        pages.put("/budget/projects/" + project, "coordinator");
        pages.put("/budget/projects/" + project + "?page=1", "coordinator");
        pages.put("/budget/schools/" + school, "accountant");
        pages.put("/budget/m96", "coordinator");
        pages.put("/budget/m96?projectId=" + project, "accountant");
        pages.put("/payments", "coordinator");
        pages.put("/payments?q=count&sort=participant", "accountant");
        pages.put("/payments?projectId=" + project, "coordinator");
        pages.put("/payments?kind=ADVANCE", "accountant");
        pages.put("/payments/mobilities/" + mobility, "accountant");
        pages.put("/payments/new?mobility=" + mobility, "accountant");
        pages.put("/expenditure", "coordinator");
        pages.put("/expenditure?sort=supplier", "accountant");
        Map<String, Integer> few = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            few.put(page.getKey(), statements(page.getKey(), page.getValue().equals("coordinator") ? coordinator : accountant));
        }

        insert(school, project, host, run, 60, 6_000);
        for (int i = 0; i < 40; i++) {
            jdbc.sql("insert into project_school (project_id, school_id) values (:p, :s)").param("p", project)
                    .param("s", data.school("LP Counted more " + i + " " + run)).update();
        }
        assertThat(jdbc.sql("select count(*) from payment pa join mobility m on m.id = pa.mobility_id where m.project_id = :p")
                .param("p", project).query(Long.class).single()).isEqualTo(6_000);
        for (var page : pages.entrySet()) {
            int many = statements(page.getKey(), page.getValue().equals("coordinator") ? coordinator : accountant);
            assertThat(many).as(page.getKey()).isEqualTo(few.get(page.getKey()));
        }
        assertThat(few.values()).allSatisfy(count -> assertThat(count).isPositive());
        System.out.println("[budget statements] " + few);
    }

    private int statements(String path, CurrentUser user) throws Exception {
        StatementCounting.STATEMENTS.set(0);
        StatementCounting.counted = Thread.currentThread();
        mvc.perform(get(path).with(user(user))).andExpect(status().isOk());
        StatementCounting.counted = null;
        return StatementCounting.STATEMENTS.get();
    }

    /** Students, mobilities (half confirmed), their grants, one payment each, and invoices: a few statements. */
    private void insert(long school, long project, long host, String run, int from, int to) {
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Count' || g || :run, 'Test', 'count' || g || lower(:run), 'test', date '2000-01-01', 'FR', 'BAC_PRO'
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                select :project, lpad((:serial)::text, 6, '0') || '-MOB-' || lpad(g::text, 5, '0'), 'LM_SHORT_VET', st.id,
                       :school, :host, h.city_id, date '2019-03-01' + (g % 300), date '2019-03-20' + (g % 300),
                       case when g % 2 = 0 then 'CONFIRMED' else 'APPROVED' end
                from generate_series(:from, :to - 1) as g
                join student st on st.school_id = :school and st.normalised_last_name = 'count' || g || lower(:run)
                join host_organisation h on h.id = :host""")
                .param("project", project).param("serial", (int) (Math.random() * 900_000) + 100_000)
                .param("school", school).param("host", host).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into mobility_grant (mobility_id, rate_table_id, departure_city_id, distance_km, green_travel,
                                            funded_travel_days, funded_days, travel_support, individual_support,
                                            organisational_support, total, lines, computed_at, computed_by)
                select m.id, (select min(id) from rate_table), h.city_id, 878, false, 2, 21, 275, 1302, 350, 1927, '[]'::jsonb, now(), 't'
                from mobility m join host_organisation h on h.id = m.host_id
                where m.project_id = :project and not exists (select 1 from mobility_grant g where g.mobility_id = m.id)""")
                .param("project", project).update();
        jdbc.sql("""
                insert into payment (mobility_id, kind, paid_on, amount, method, created_by)
                select m.id, 'ADVANCE', date '2019-02-01', 1541.60, 'TRANSFER', 't' from mobility m
                where m.project_id = :project and not exists (select 1 from payment p where p.mobility_id = m.id)""")
                .param("project", project).update();
        jdbc.sql("""
                insert into expenditure (project_id, school_id, category, supplier, invoice_number, amount, spent_on, created_by)
                select :project, :school, 'TRAVEL_BOOKING', 'SNCF', 'C-' || :run || '-' || g, 100 + g, date '2019-01-01', 't'
                from generate_series(:from, :to - 1) as g where g % 6 = 0""")
                .param("project", project).param("school", school).param("run", run).param("from", from).param("to", to)
                .update();
    }

}
