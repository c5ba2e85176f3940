package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The school picker's scopes ({@code /schools/picker?scope=partners}, {@code ?project=}): a referent finds the
 * schools sharing a project with theirs, never another; a project's member schools only for a project they may see
 * (404 otherwise), with their experience; every answer at most 20 schools, searched in SQL.
 */
@PortalTest
class SchoolPickerScopesTest {

    private static final Pattern OPTION = Pattern.compile("data-picker-option");

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void aReferentFindsTheirPartnersAndTheMembersOfTheirProjectsOnly() throws Exception {
        String run = TestData.unique();
        long own = data.school("LP Scope Own " + run);
        long partner = data.school("LP Scope Partner " + run, "EXPERIENCED");
        long outsider = data.school("LP Scope Outsider " + run);
        long shared = data.project("Scope shared " + run, own, partner);
        long foreign = data.project("Scope foreign " + run, outsider);
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, own));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        assertThat(body(get("/schools/picker").param("scope", "partners").param("q", run).with(user(referent))))
                .contains("LP Scope Own " + run).contains("LP Scope Partner " + run).doesNotContain("LP Scope Outsider");
        assertThat(body(get("/schools/picker").param("q", run).with(user(referent))))
                .as("without a scope: their own school only").contains("LP Scope Own " + run)
                .doesNotContain("LP Scope Partner");
        assertThat(body(get("/schools/picker").param("scope", "partners").param("q", run).with(user(coordinator))))
                .as("the coordinator: every school").contains("LP Scope Outsider " + run);

        assertThat(body(get("/schools/picker").param("project", String.valueOf(shared)).param("q", run)
                .param("lang", "en").with(user(referent))))
                .contains("LP Scope Partner " + run).contains("experienced").doesNotContain("LP Scope Outsider");
        mvc.perform(get("/schools/picker").param("project", String.valueOf(foreign)).param("q", "LP").with(user(referent)))
                .andExpect(status().isNotFound());
        assertThat(body(get("/schools/picker").param("project", String.valueOf(foreign)).param("q", run)
                .with(user(coordinator)))).contains("LP Scope Outsider " + run).doesNotContain("LP Scope Own");
    }

    @Test
    void everyScopeAnswersAtMostTwentySchools() throws Exception {
        String run = TestData.unique();
        long[] ids = new long[25];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data.school("LP Limit " + run + " " + i);
        }
        long project = data.project("Limit " + run, ids);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, ids[0]));
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/schools/picker").param("q", "LP Limit " + run).with(user(coordinator)),
                get("/schools/picker").param("scope", "partners").param("q", "LP Limit " + run).with(user(referent)),
                get("/schools/picker").param("project", String.valueOf(project)).param("q", "LP Limit " + run)
                        .with(user(referent))}) {
            String answer = body(request);
            assertThat(OPTION.matcher(answer).results().count()).isEqualTo(20);
            assertThat(answer).contains("Les 20 premiers résultats");
        }
        assertThat(body(get("/schools/picker").param("scope", "partners").param("q", " ").with(user(referent))))
                .as("a blank text finds nothing").doesNotContain("data-picker-option");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
