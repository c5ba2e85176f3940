package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project form records the final report date that retention counts from (not before the project's end), and the
 * retention page lists the project with its day.
 */
@PortalTest
class ProjectFinalReportTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long project;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        project = data.project("Final report " + TestData.unique(), data.school("École " + TestData.unique()));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
    }

    MockHttpServletRequestBuilder save(String finalReportDate) {
        String number = jdbc.queryForObject("select number from project where id = ?", String.class, project);
        return post("/projects/" + project).with(csrf()).with(user(coordinator))
                .param("number", number).param("title", "Final report").param("generation", "G2014_2020")
                .param("callYear", "2018").param("action", "KA102").param("nationalAgency", "FR01")
                .param("startDate", "2018-09-01").param("endDate", "2021-02-28").param("status", "CLOSED")
                .param("grantedTravel", "100000").param("finalReportDate", finalReportDate).param("version", "0");
    }

    @Test
    void aFinalReportBeforeTheEndIsRefusedBesideTheField() throws Exception {
        String page = new String(mvc.perform(save("2021-01-31")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("Le rapport final ne peut pas précéder la fin du projet.");
        assertThat(jdbc.queryForObject("select final_report_date from project where id = ?", java.sql.Date.class, project)).isNull();
    }

    @Test
    void theDateIsSavedShownAndScheduledForRetention() throws Exception {
        mvc.perform(save("2021-04-30")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select final_report_date::text from project where id = ?", String.class, project))
                .isEqualTo("2021-04-30");
        String detail = new String(mvc.perform(get("/projects/" + project).with(user(coordinator))).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(detail).contains("Date du rapport final", "30/04/2021");
        // the form grants 100 000 € of travel: above 60 000 €, the general 5-year rule
        String retention = new String(mvc.perform(get("/privacy/retention").with(user(coordinator))).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(retention).contains("30/04/2026", "5 ans (cas général)");
    }
}
