package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project page lists its member schools 25 at a time with one form to add more (a school type-ahead) and one
 * to remove them (each school's button posts it to that school's address): its
 * bytes and statements stay the same whether the project gathers 30 schools or 330, and 300 schools outside the
 * project are not listed at all.
 */
@PortalTest
@Import(StatementCounting.class)
class ProjectMemberSchoolsTest {

    private static final Pattern MEMBER = Pattern.compile("/schools/[0-9]+/remove");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void thePageDoesNotGrowWithTheMemberSchools() throws Exception {
        String run = TestData.unique();
        long first = data.school("LP Member " + run + " 000");
        long project = data.project("Members " + run, first);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        MockHttpServletRequestBuilder page = get("/projects/" + project).with(user(coordinator));
        MockHttpServletRequestBuilder english = get("/projects/" + project).param("lang", "en").with(user(coordinator));
        members(project, run, 1, 30);
        body(page);
        int[] fewBytes = new int[1];
        int fewStatements = StatementCounting.count(() -> fewBytes[0] = body(page).length());
        String few = body(page);
        assertThat(MEMBER.matcher(few).results().count()).as("a remove button per shown school, 25 shown").isEqualTo(25);
        assertThat(few).as("one form to remove them, one to add schools").containsOnlyOnce("id=\"remove-school\"")
                .containsOnlyOnce("id=\"add-schools\"").contains("/schools/picker");
        int listStart = few.indexOf("id=\"member-schools\"");
        String list = few.substring(listStart, few.indexOf("</ul>", listStart));
        assertThat(list).as("no form, no token per school").doesNotContain("<form").doesNotContain("_csrf");
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, first));
        assertThat(body(get("/projects/" + project).with(user(referent))))
                .as("a referent sees the members, changes none")
                .contains("LP Member " + run + " 000").doesNotContain("remove-school").doesNotContain("add-schools");

        members(project, run, 30, 330);
        for (int i = 0; i < 300; i++) {
            data.school("LP Outside " + run + " " + i);
        }
        int[] manyBytes = new int[1];
        int manyStatements = StatementCounting.count(() -> manyBytes[0] = body(page).length());
        assertThat(manyStatements).isEqualTo(fewStatements);
        assertThat(manyBytes[0]).isBetween(fewBytes[0] - 1_000, fewBytes[0] + 1_000);
        assertThat(body(page)).doesNotContain("LP Outside " + run);
        assertThat(body(get("/projects/" + project).param("page", "13").with(user(coordinator))))
                .as("the last page").contains("LP Member " + run + " 329").doesNotContain("LP Member " + run + " 000");
        assertThat(body(english)).contains("Add schools");
        System.out.println("[project page] statements " + fewStatements + " bytes with 30 members " + fewBytes[0]
                + ", with 330 members and 300 more schools " + manyBytes[0]);
    }

    @Test
    void thePageShowsTheFirstPairsAndLinksToTheRest() throws Exception {
        String run = TestData.unique();
        long project = data.project("Pairs " + run, data.school("LP Pair " + run + " tutor"));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        MockHttpServletRequestBuilder page = get("/projects/" + project).with(user(coordinator));
        pairs(project, run, 0, 3);
        assertThat(body(page)).contains("LP Pair " + run + " tutor 002").doesNotContain("id=\"project-pairs-more\"");

        pairs(project, run, 3, 12);
        int fewStatements = StatementCounting.count(() -> body(page));
        int fewBytes = pairTable(body(page)).length();
        assertThat(pairTable(body(page))).contains("LP Pair " + run + " tutor 009").doesNotContain("LP Pair " + run + " tutor 010");
        assertThat(body(page)).contains("id=\"project-pairs-more\"", "/pairings?project=" + project, "10 premiers binômes sur 12");
        pairs(project, run, 12, 60);
        String many = body(page);
        assertThat(StatementCounting.count(() -> body(page))).isEqualTo(fewStatements);
        assertThat(pairTable(many).length()).as("ten pairs shown, with 12 or 60").isBetween(fewBytes - 100, fewBytes + 100);
        assertThat(pairTable(many)).doesNotContain("LP Pair " + run + " tutor 010");
        assertThat(many).contains("10 premiers binômes sur 60");
    }

    /** The pairs table of the page (member schools are listed apart, 25 a page). */
    private static String pairTable(String html) {
        int start = html.indexOf("id=\"project-pairs\"");
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** Pairs of two new member schools each: LP Pair {run} tutor nnn and LP Pair {run} tutored nnn. */
    private void pairs(long project, String run, int from, int to) {
        for (int i = from; i < to; i++) {
            long tutor = data.school("LP Pair " + run + " tutor " + String.format("%03d", i));
            long tutored = data.school("LP Pair " + run + " tutored " + String.format("%03d", i));
            for (long school : new long[] {tutor, tutored}) {
                jdbc.sql("insert into project_school (project_id, school_id) values (:p, :s)").param("p", project)
                        .param("s", school).update();
            }
            data.pair(project, tutor, tutored);
        }
    }

    /** Schools LP Member {run} nnn, members of the project. */
    private void members(long project, String run, int from, int to) {
        for (int i = from; i < to; i++) {
            long school = data.school("LP Member " + run + " " + String.format("%03d", i));
            jdbc.sql("insert into project_school (project_id, school_id) values (:p, :s)").param("p", project)
                    .param("s", school).update();
        }
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
