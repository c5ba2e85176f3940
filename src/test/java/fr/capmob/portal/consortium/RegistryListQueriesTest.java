package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The projects and pairs lists issue the same number of SQL statements whatever the number of rows (no N+1). */
@PortalTest
class RegistryListQueriesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Statistics statistics;
    CurrentUser coordinator;
    String run;

    @BeforeEach
    void setUp() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        run = TestData.unique();
    }

    @AfterEach
    void tearDown() {
        statistics.setStatisticsEnabled(false);
    }

    private long statementsFor(String url) throws Exception {
        statistics.clear();
        mvc.perform(get(url).with(user(coordinator))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private void addPairs(long projectId, int count) {
        for (int i = 0; i < count; i++) {
            long tutor = data.school("Tutor " + run + " " + i, "EXPERIENCED");
            long first = data.school("Tutored " + run + " " + i + "a");
            long second = data.school("Tutored " + run + " " + i + "b");
            for (long school : new long[] {tutor, first, second}) {
                jdbc.update("insert into project_school (project_id, school_id) values (?, ?)", projectId, school);
            }
            data.pair(projectId, tutor, first, second);
        }
    }

    @Test
    void thePairsListDoesNotGrowWithThePage() throws Exception {
        long project = data.project("Queries " + run);
        addPairs(project, 3);
        long few = statementsFor("/pairings?size=3&project=" + project);
        addPairs(project, 27);
        long many = statementsFor("/pairings?size=30&project=" + project);
        mvc.perform(get("/pairings?size=30&project=" + project).with(user(coordinator)))
                .andExpect(content().string(containsString("Tutored " + run + " 26b")));
        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    @Test
    void theProjectsListDoesNotGrowWithThePage() throws Exception {
        long school = data.school("Member " + run);
        for (int i = 0; i < 3; i++) {
            data.project("Queries " + run + " " + i, school);
        }
        long few = statementsFor("/projects?size=3&q=" + run);
        for (int i = 3; i < 30; i++) {
            data.project("Queries " + run + " " + i, school);
        }
        long many = statementsFor("/projects?size=30&q=" + run);
        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }
}
