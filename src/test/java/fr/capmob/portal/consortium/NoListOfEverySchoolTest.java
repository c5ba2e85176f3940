package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bytes per page bounded (issue 16): with more schools than a picker answers (20),
 * all of them members of one project, no page lists every school — neither as options of a select nor at all —
 * whether a coordinator or a referent of a member school (who sees the project's partners) asks; each page offers the
 * school type-ahead instead.
 */
@PortalTest
class NoListOfEverySchoolTest {

    /** More than the 20 matches a school picker answers. */
    private static final int SCHOOLS = 25;

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void noPageListsEverySchool() throws Exception {
        String run = TestData.unique();
        List<String> names = new ArrayList<>();
        long[] ids = new long[SCHOOLS];
        for (int i = 0; i < SCHOOLS; i++) {
            names.add("LP Every " + run + " " + String.format("%02d", i));
            ids[i] = data.school(names.get(i));
        }
        long project = data.project("Every school " + run, ids);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, ids[0]));
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));

        List<String> coordinatorPages = List.of("/users", "/users/new", "/projects", "/pairings",
                "/pairings/new?projectId=" + project, "/students", "/students/new", "/staff", "/staff/new", "/payments",
                "/expenditure", "/payments/recoveries", "/timeline", "/dashboard", "/results", "/imports/students",
                "/exports", "/trips/new", "/expenditure/new", "/mobilities", "/mobilities/new");
        for (String page : coordinatorPages) {
            assertListsNoSchools(page, body(page, coordinator), names);
        }
        for (String page : List.of("/projects", "/pairings", "/students", "/exports", "/trips/new", "/mobilities/new")) {
            assertListsNoSchools(page + " (referent)", body(page, referent), names);
        }
        for (String page : List.of("/payments", "/expenditure", "/exports", "/dashboard", "/expenditure/new")) {
            assertListsNoSchools(page + " (accountant)", body(page, accountant), names);
        }
    }

    private static void assertListsNoSchools(String page, String html, List<String> names) {
        long shown = names.stream().filter(html::contains).count();
        // at most one: /users lists the referent made here with their school
        assertThat(shown).as(page + " lists none of the new schools (it offers a type-ahead)").isLessThanOrEqualTo(1);
        String first = Pattern.quote(names.get(0).substring(0, names.get(0).length() - 3));
        assertThat(Pattern.compile("<option[^>]*>[^<]*" + first).matcher(html).find())
                .as(page + " has no select of schools").isFalse();
    }

    private String body(String page, CurrentUser who) throws Exception {
        return mvc.perform(get(page).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
