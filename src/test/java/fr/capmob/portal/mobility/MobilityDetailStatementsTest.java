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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The page {@code /mobilities/{id}} loads its mobility once (issue 16: it reloaded it 8 times, 22 statements of its
 * own): the number of statements is small and the same for a bare mobility and one with a long history, for the
 * coordinator and the referent of its school.
 */
@PortalTest
@Import(StatementCounting.class)
class MobilityDetailStatementsTest {

    /**
     * The page's statements (16 measured; one read-only transaction): its details, the grant and what it was computed from (project, rate
     * table, exemptions), the grant history, the transitions, the report, the report link, the trips that fit, the
     * minor's papers (consent and exit authorisation), the session.
     */
    static final int MAX_STATEMENTS = 16;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theDetailPageLoadsTheMobilityOnce() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Detail " + run);
        long project = data.project("Detail " + run, school);
        long host = data.host("Host detail " + run, null);
        long student = data.student(school, "Detail", "Student " + run, LocalDate.of(2003, 5, 1));
        long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 20));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        for (CurrentUser who : new CurrentUser[] {coordinator, referent}) {
            MockHttpServletRequestBuilder page = get("/mobilities/" + mobility).with(user(who));
            body(page);
            int bare = StatementCounting.count(() -> body(page));
            for (int i = 0; i < 10; i++) {
                jdbc.sql("insert into mobility_transition (mobility_id, from_status, to_status, changed_by) "
                        + "values (:m, 'DRAFT', 'DRAFT', 'test')").param("m", mobility).update();
            }
            int withHistory = StatementCounting.count(() -> body(page));
            System.out.println("[mobility detail] statements " + bare + " / " + withHistory + ":\n  "
                    + String.join("\n  ", StatementCounting.SQL));
            assertThat(withHistory).isEqualTo(bare);
            assertThat(bare).as("the mobility is loaded once, not once per section").isLessThanOrEqualTo(MAX_STATEMENTS);
        }
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
