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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The payment form's mobility chooser issues the same statements, and answers a page of the same size, with 10
 * mobilities in the school and with 2,000: it searches (at most 20 matches, in SQL) instead of listing them all.
 */
@PortalTest
@Import(StatementCounting.class)
class PaymentFormStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theChooserDoesNotGrowWithTheMobilities() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Chooser " + run);
        long project = data.project("Chooser " + run, school);
        long host = data.host("Chooser host " + run, school);
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        CurrentUser consortium = data.principal(data.user("Consortium", Role.ACCOUNTANT, null));

        insert(school, project, host, run, 0, 10);
        long mobility = jdbc.sql("select min(id) from mobility where project_id = :p").param("p", project).query(Long.class).single();
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("form", get("/payments/new").with(user(accountant)));
        pages.put("form of a mobility", get("/payments/new").param("mobility", String.valueOf(mobility)).with(user(accountant)));
        pages.put("search", get("/payments/new").param("q", "chooser" + run).with(user(accountant)));
        pages.put("search, consortium", get("/payments/new").param("q", "chooser" + run).with(user(consortium)));
        pages.put("type-ahead", get("/payments/new").param("q", "chooser" + run).header("HX-Request", "true").with(user(accountant)));
        Map<String, Integer> few = new LinkedHashMap<>();
        Map<String, Integer> fewBytes = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            few.put(page.getKey(), StatementCounting.count(() -> fewBytes.put(page.getKey(), size(page.getValue()))));
        }

        insert(school, project, host, run, 10, 2_000);
        assertThat(jdbc.sql("select count(*) from mobility where project_id = :p").param("p", project)
                .query(Long.class).single()).isEqualTo(2_000);
        Map<String, Integer> manyBytes = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            int many = StatementCounting.count(() -> manyBytes.put(page.getKey(), size(page.getValue())));
            assertThat(many).as(page.getKey()).isEqualTo(few.get(page.getKey()));
        }
        assertThat(few.values()).allSatisfy(count -> assertThat(count).isPositive());
        // the form without a search and the form of one mobility do not list the mobilities at all
        assertThat(manyBytes.get("form")).isEqualTo(fewBytes.get("form"));
        assertThat(manyBytes.get("form of a mobility")).isEqualTo(fewBytes.get("form of a mobility"));
        // a search answers 10 matches, then 20 and a hint: a few kilobytes more, not 2,000 rows
        assertThat(manyBytes.get("search")).isLessThan(fewBytes.get("search") * 2);
        assertThat(manyBytes.get("type-ahead")).isLessThan(20_000);
        System.out.println("[payment form statements] " + few + " bytes with 10 " + fewBytes + " with 2,000 " + manyBytes);
    }

    private int size(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
    }

    /** Students named Chooser…, each with a confirmed mobility: two statements. */
    private void insert(long school, long project, long host, String run, int from, int to) {
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Chooser' || :run || 'n' || g, 'Test', 'chooser' || lower(:run) || 'n' || g, 'test',
                       date '2000-01-01', 'FR', 'BAC_PRO'
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                select :project, lpad((:serial)::text, 6, '0') || '-MOB-' || lpad(g::text, 5, '0'), 'LM_SHORT_VET', st.id,
                       :school, :host, h.city_id, date '2019-03-01' + (g % 300), date '2019-03-20' + (g % 300), 'CONFIRMED'
                from generate_series(:from, :to - 1) as g
                join student st on st.school_id = :school and st.normalised_last_name = 'chooser' || lower(:run) || 'n' || g
                join host_organisation h on h.id = :host""")
                .param("project", project).param("serial", (int) (Math.random() * 900_000) + 100_000)
                .param("school", school).param("host", host).param("run", run).param("from", from).param("to", to).update();
    }
}
