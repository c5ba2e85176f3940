package fr.capmob.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator's user pages: list, create, detail, edit, deactivate, activate, password links. */
@PortalTest
class UsersPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    CurrentUser coordinator;
    long school;
    String schoolName;

    @BeforeEach
    void setUp() {
        coordinator = data.principal(data.user("Coordination", Role.COORDINATOR, null));
        schoolName = "Lycée Tirel " + TestData.unique();
        school = data.school(schoolName);
    }

    private MockHttpServletRequestBuilder createUser(String email, String name, String role, Long schoolId) {
        MockHttpServletRequestBuilder request = post("/users").with(user(coordinator)).with(csrf())
                .param("email", email).param("displayName", name).param("role", role).param("preferredLanguage", "fr");
        if (schoolId != null) {
            request.param("schoolId", schoolId.toString());
        }
        return request;
    }

    // ------------------------------------------------------------------ list

    @Test
    void listsSearchesAndFiltersUsers() throws Exception {
        String run = TestData.unique();
        data.user("Zoé Referent" + run, Role.SCHOOL_REFERENT, school);
        data.user("Yann Comptable" + run, Role.ACCOUNTANT, null);

        mvc.perform(get("/users").param("q", run).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zoé Referent" + run)))
                .andExpect(content().string(containsString("Yann Comptable" + run)))
                .andExpect(content().string(containsString(schoolName)))
                .andExpect(content().string(not(containsString("Aucun utilisateur"))));

        mvc.perform(get("/users").param("q", run).param("role", "ACCOUNTANT").with(user(coordinator)))
                .andExpect(content().string(not(containsString("Zoé Referent" + run))))
                .andExpect(content().string(containsString("Yann Comptable" + run)));

        mvc.perform(get("/users").param("q", "ZOÉ REFERENT" + run).with(user(coordinator)))
                .andExpect(content().string(containsString("Zoé Referent" + run)))
                .andExpect(content().string(not(containsString("Yann Comptable" + run))));

        mvc.perform(get("/users").param("school", String.valueOf(school)).param("active", "true").with(user(coordinator)))
                .andExpect(content().string(containsString("Zoé Referent" + run)))
                .andExpect(content().string(not(containsString("Yann Comptable" + run))));
    }

    @Test
    void listPaginatesAndSortsInSql() throws Exception {
        String run = TestData.unique();
        for (int i = 0; i < 3; i++) {
            data.user("Page" + run + " " + i, Role.ACCOUNTANT, null);
        }
        MvcResult first = mvc.perform(get("/users").param("q", "Page" + run).param("size", "2")
                        .param("sort", "name").param("dir", "desc").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn();
        String html = first.getResponse().getContentAsString();
        assertThat(html).contains("Page" + run + " 2").contains("Page" + run + " 1").doesNotContain("Page" + run + " 0");
        assertThat(html.indexOf("Page" + run + " 2")).isLessThan(html.indexOf("Page" + run + " 1"));
        assertThat(html).contains("rel=\"next\"");

        mvc.perform(get("/users").param("q", "Page" + run).param("size", "2").param("page", "1")
                        .param("sort", "name").param("dir", "desc").with(user(coordinator)))
                .andExpect(content().string(containsString("Page" + run + " 0")))
                .andExpect(content().string(not(containsString("Page" + run + " 2"))));
    }

    @Test
    void htmxGetsOnlyTheResultsAndAnEmptyStateWhenNothingMatches() throws Exception {
        mvc.perform(get("/users").param("q", "nobody-" + TestData.unique()).header("HX-Request", "true")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("Aucun utilisateur")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    // ------------------------------------------------------------------ create

    @Test
    void createsAReferentWithAOneTimeLinkShownOnceAndStoredHashed() throws Exception {
        String email = "Nouvelle.Referente." + TestData.unique() + "@Lycee.fr";

        MvcResult result = mvc.perform(createUser(email, "Nouvelle Référente", "SCHOOL_REFERENT", school))
                .andExpect(redirectedUrlPattern("/users/*"))
                .andExpect(flash().attribute("success", "user.created"))
                .andReturn();

        long id = data.userId(email.toLowerCase());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/users/" + id);
        String link = (String) result.getFlashMap().get("passwordLink");
        assertThat(link).startsWith("http://localhost/account/set-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Map<String, Object> stored = jdbc.queryForMap(
                "select token_hash, extract(epoch from expires_at - created_at) as validity from password_token where user_id = ?", id);
        assertThat(stored.get("token_hash")).isEqualTo(sha256(token));
        assertThat(((Number) stored.get("validity")).longValue()).isEqualTo(72 * 3600L);
        Map<String, Object> user = jdbc.queryForMap("select * from app_user where id = ?", id);
        assertThat(user.get("role")).isEqualTo("SCHOOL_REFERENT");
        assertThat(user.get("school_id")).isEqualTo(school);
        assertThat(user.get("password_hash")).isNull();

        // the link is on the detail page once (a flash attribute, kept in the JDBC session), with a copy button
        Cookie session = result.getResponse().getCookie("CAPMOB_SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/users/" + id).with(user(coordinator)).cookie(session))
                .andExpect(content().string(containsString("value=\"" + link + "\"")))
                .andExpect(content().string(containsString("data-copy-target=\"#password-link\"")));
        mvc.perform(get("/users/" + id).with(user(coordinator)).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void accountantsMayHaveASchoolOrNot() throws Exception {
        String withSchool = "compta.a." + TestData.unique() + "@lycee.fr";
        String without = "compta.b." + TestData.unique() + "@lycee.fr";
        mvc.perform(createUser(withSchool, "Compta A", "ACCOUNTANT", school)).andExpect(redirectedUrlPattern("/users/*"));
        mvc.perform(createUser(without, "Compta B", "ACCOUNTANT", null)).andExpect(redirectedUrlPattern("/users/*"));
        assertThat(jdbc.queryForObject("select school_id from app_user where email = ?", Long.class, without)).isNull();
    }

    @Test
    void refusesAnEmailTakenInAnotherCase() throws Exception {
        String existing = data.user("Deja La", Role.ACCOUNTANT, null);

        mvc.perform(createUser(existing.toUpperCase(), "Doublon", "ACCOUNTANT", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "user.email.taken"))
                .andExpect(content().string(containsString("Un compte existe déjà avec cette adresse")));
        mvc.perform(createUser(existing.toUpperCase(), "Doublon", "ACCOUNTANT", null).param("lang", "en"))
                .andExpect(content().string(containsString("An account already exists with this e-mail address")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, existing)).isOne();
    }

    @Test
    void aReferentNeedsASchoolAndACoordinatorHasNone() throws Exception {
        String email = "sans.ecole." + TestData.unique() + "@lycee.fr";
        mvc.perform(createUser(email, "Sans école", "SCHOOL_REFERENT", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "schoolId", "user.school.requiredForReferent"))
                .andExpect(content().string(containsString("Un référent doit être rattaché à un établissement.")));
        mvc.perform(createUser(email, "Sans école", "SCHOOL_REFERENT", null).param("lang", "en"))
                .andExpect(content().string(containsString("A referent must belong to a school.")));
        mvc.perform(createUser(email, "Coord", "COORDINATOR", school))
                .andExpect(model().attributeHasFieldErrorCode("form", "schoolId", "user.school.forbiddenForCoordinator"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void validationMessagesInBothLanguages() throws Exception {
        mvc.perform(createUser("", " ", "", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName", "role"))
                .andExpect(content().string(containsString("Saisissez l’adresse électronique.")))
                .andExpect(content().string(containsString("Saisissez le nom affiché.")))
                .andExpect(content().string(containsString("Choisissez un rôle.")))
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        mvc.perform(createUser("not-an-email", "X", "ACCOUNTANT", null).param("lang", "en"))
                .andExpect(content().string(containsString("This e-mail address is not valid.")));
        mvc.perform(createUser("", "", "", null).param("lang", "en"))
                .andExpect(content().string(containsString("Enter the e-mail address.")))
                .andExpect(content().string(containsString("Choose a role.")));
    }

    // ------------------------------------------------------------------ detail and edit

    @Test
    void detailShowsRoleSchoolAndState() throws Exception {
        String email = data.user("Détail Référent", Role.SCHOOL_REFERENT, school);
        long id = data.userId(email);
        jdbc.update("update app_user set password_changed_at = now() where id = ?", id);

        mvc.perform(get("/users/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Référent d")))
                .andExpect(content().string(containsString(schoolName)))
                .andExpect(content().string(containsString("id=\"user-password-changed\"")));
        mvc.perform(get("/users/999999999").with(user(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void editsAUser() throws Exception {
        String email = data.user("Avant", Role.ACCOUNTANT, null);
        long id = data.userId(email);

        mvc.perform(get("/users/" + id + "/edit").with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Avant\"")));
        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", email.toUpperCase()).param("displayName", "Après").param("role", "SCHOOL_REFERENT")
                        .param("schoolId", String.valueOf(school)).param("preferredLanguage", "en").param("version", "0"))
                .andExpect(redirectedUrl("/users/" + id))
                .andExpect(flash().attribute("success", "user.saved"));

        Map<String, Object> row = jdbc.queryForMap("select * from app_user where id = ?", id);
        assertThat(row.get("email")).isEqualTo(email);
        assertThat(row.get("display_name")).isEqualTo("Après");
        assertThat(row.get("role")).isEqualTo("SCHOOL_REFERENT");
        assertThat(row.get("preferred_language")).isEqualTo("en");
        assertThat(row.get("version")).isEqualTo(1L);
    }

    @Test
    void editRefusesAnotherUsersEmail() throws Exception {
        String taken = data.user("Premier", Role.ACCOUNTANT, null);
        String email = data.user("Second", Role.ACCOUNTANT, null);
        long id = data.userId(email);
        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", taken.toUpperCase()).param("displayName", "Second").param("role", "ACCOUNTANT")
                        .param("preferredLanguage", "fr").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "user.email.taken"));
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id)).isEqualTo(email);
    }

    @Test
    void aStaleVersionGetsTheConflictPageWithTheInputKept() throws Exception {
        String email = data.user("Original", Role.ACCOUNTANT, null);
        long id = data.userId(email);
        jdbc.update("update app_user set display_name = 'Changé par autrui', version = version + 1, updated_by = 'autre@capmob.fr' where id = ?", id);

        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", email).param("displayName", "Ma saisie").param("role", "ACCOUNTANT")
                        .param("preferredLanguage", "fr").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("autre@capmob.fr")))
                .andExpect(content().string(containsString("Changé par autrui")))
                .andExpect(content().string(containsString("value=\"Ma saisie\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, id))
                .isEqualTo("Changé par autrui");

        // saving again with the version shown applies the user's input
        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", email).param("displayName", "Ma saisie").param("role", "ACCOUNTANT")
                        .param("preferredLanguage", "fr").param("version", "1"))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, id))
                .isEqualTo("Ma saisie");
    }

    // ------------------------------------------------------------------ deactivate, activate, links

    @Test
    void deactivatingEndsTheSessionsAndBlocksSignIn() throws Exception {
        String email = data.user("Partant", Role.SCHOOL_REFERENT, school);
        long id = data.userId(email);
        mvc.perform(formLogin("/login").user("email", email).password("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(sessions.findByPrincipalName(email)).isNotEmpty();

        mvc.perform(post("/users/" + id + "/deactivate").with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + id))
                .andExpect(flash().attribute("success", "user.deactivated"));

        assertThat(sessions.findByPrincipalName(email)).isEmpty();
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, id)).isFalse();
        mvc.perform(formLogin("/login").user("email", email).password("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());

        mvc.perform(post("/users/" + id + "/activate").with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + id)).andExpect(flash().attribute("success", "user.activated"));
        mvc.perform(formLogin("/login").user("email", email).password("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void changingRoleOrSchoolEndsTheSessionsButRenamingDoesNot() throws Exception {
        String email = data.user("Mobile", Role.SCHOOL_REFERENT, school);
        long id = data.userId(email);
        long otherSchool = data.school("Autre lycée " + TestData.unique());
        mvc.perform(formLogin("/login").user("email", email).password("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));

        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", email).param("displayName", "Mobile renommé").param("role", "SCHOOL_REFERENT")
                        .param("schoolId", String.valueOf(school)).param("preferredLanguage", "fr").param("version", "0"))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(sessions.findByPrincipalName(email)).isNotEmpty();

        mvc.perform(post("/users/" + id).with(user(coordinator)).with(csrf())
                        .param("email", email).param("displayName", "Mobile renommé").param("role", "SCHOOL_REFERENT")
                        .param("schoolId", String.valueOf(otherSchool)).param("preferredLanguage", "fr").param("version", "1"))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(sessions.findByPrincipalName(email)).isEmpty();
    }

    @Test
    void aCoordinatorCannotDeactivateThemself() throws Exception {
        mvc.perform(post("/users/" + coordinator.id() + "/deactivate").with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + coordinator.id()))
                .andExpect(flash().attribute("warning", "user.deactivate.self"));
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, coordinator.id())).isTrue();
    }

    @Test
    void aNewLinkInvalidatesTheOlderUnusedOnes() throws Exception {
        String email = data.user("Oublieux", Role.ACCOUNTANT, null);
        long id = data.userId(email);

        String first = linkOf(mvc.perform(post("/users/" + id + "/password-link").with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + id)).andReturn());
        String second = linkOf(mvc.perform(post("/users/" + id + "/password-link").with(user(coordinator)).with(csrf()))
                .andReturn());

        assertThat(first).isNotEqualTo(second);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
    }

    @Test
    void otherRolesCannotManageUsers() throws Exception {
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        mvc.perform(get("/users").with(user(referent))).andExpect(status().isForbidden());
        mvc.perform(createUser("x." + TestData.unique() + "@a.fr", "X", "ACCOUNTANT", null).with(user(referent)))
                .andExpect(status().isForbidden());
    }

    private static String linkOf(MvcResult result) {
        String link = (String) result.getFlashMap().get("passwordLink");
        return link.substring("http://localhost".length());
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
