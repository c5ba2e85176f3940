package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's long breakdown (one line per school) shows its 10 largest schools and says how many others the
 * CSV holds; the CSV has every school. Worked example: 13 schools, the first with 3 mobilities, the second with 2,
 * the 11 others with 1 each → the table shows the first, the second and 8 of the others, "3 others in the CSV".
 */
@PortalTest
class DashboardTopRowsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theSchoolBreakdownShowsTheTopTenAndSendsTheRestToTheCsv() throws Exception {
        String run = TestData.unique();
        long[] schools = new long[13];
        for (int i = 0; i < schools.length; i++) {
            schools[i] = data.school("LP Top " + run + " " + String.format("%02d", i));
        }
        long project = data.project("Top rows " + run, schools);
        long host = data.host("Host top " + run, null);
        for (int i = 0; i < schools.length; i++) {
            int mobilities = i == 0 ? 3 : i == 1 ? 2 : 1;
            for (int k = 0; k < mobilities; k++) {
                long staff = data.staff(schools[i], "Top" + k, "Staff " + run);
                DashboardFixture.mobility(data, jdbc, project, null, staff, schools[i], host, "2021-03-01", "2021-03-10",
                        "COMPLETED");
            }
        }
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        String html = mvc.perform(get("/dashboard").param("projectId", String.valueOf(project)).param("lang", "en")
                .with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = html.substring(html.indexOf("id=\"table-SCHOOL\""), html.indexOf("</table>", html.indexOf("id=\"table-SCHOOL\"")));
        assertThat(table.split("<th scope=\"row\"", -1).length - 1).as("10 schools in the table").isEqualTo(10);
        assertThat(table).contains("LP Top " + run + " 00").contains("LP Top " + run + " 01");
        System.out.println("[top rows] " + html.substring(html.indexOf("</table>", html.indexOf("id=\"table-SCHOOL\"")),
                html.indexOf("id=\"breakdowns\"")));
        assertThat(html).contains("id=\"others-SCHOOL\"").contains("The top 10; 3 others in the CSV");
        assertThat(html).as("the short breakdowns are whole").doesNotContain("id=\"others-YEAR\"");

        String csv = new String(mvc.perform(get("/dashboard.csv").param("projectId", String.valueOf(project))
                .with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        for (int i = 0; i < schools.length; i++) {
            assertThat(csv).contains("LP Top " + run + " " + String.format("%02d", i));
        }
    }
}
