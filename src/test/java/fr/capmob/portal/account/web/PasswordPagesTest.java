package fr.capmob.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The one-time link page (no sign-in) and the change-my-password page. */
@PortalTest
class PasswordPagesTest {

    private static final String NEW_PASSWORD = "Trois chats au lycée Tirel";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    CurrentUser coordinator;
    String email;
    long userId;
    String link;

    @BeforeEach
    void createUserWithLink() throws Exception {
        coordinator = data.principal(data.user("Coordination", Role.COORDINATOR, null));
        email = "nouveau.referent." + TestData.unique() + "@lycee.fr";
        long school = data.school("Lycée " + TestData.unique());
        String absolute = (String) mvc.perform(post("/users").with(user(coordinator)).with(csrf())
                        .param("email", email).param("displayName", "Nouveau").param("role", "SCHOOL_REFERENT")
                        .param("schoolId", String.valueOf(school)).param("preferredLanguage", "fr"))
                .andReturn().getFlashMap().get("passwordLink");
        link = absolute.substring("http://localhost".length());
        userId = data.userId(email);
    }

    private ResultActions setPassword(String path, String password, String confirmation) throws Exception {
        return mvc.perform(post(path).with(csrf()).param("password", password).param("confirmation", confirmation));
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, userId);
    }

    // ------------------------------------------------------------------ one-time link

    @Test
    void theLinkSetsThePasswordOnceWithoutSignIn() throws Exception {
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"set-password-form\"")));

        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));

        assertThat(passwordHash()).isNotNull();
        assertThat(jdbc.queryForObject("select used_at is not null from password_token where user_id = ?",
                Boolean.class, userId)).isTrue();
        mvc.perform(formLogin("/login").user("email", email).password("password", NEW_PASSWORD))
                .andExpect(authenticated());
        mvc.perform(get("/login").param("passwordSet", ""))
                .andExpect(content().string(containsString("id=\"login-password-set\"")));

        // single use: the same link again changes nothing
        String hash = passwordHash();
        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"link-invalid\"")));
        setPassword(link, "Une autre phrase assez longue", "Une autre phrase assez longue")
                .andExpect(status().isNotFound());
        assertThat(passwordHash()).isEqualTo(hash);
    }

    @Test
    void anExpiredLinkShowsTheSamePageAsAnUnknownOneAndChangesNothing() throws Exception {
        entityManager.flush();
        entityManager.clear();
        jdbc.update("update password_token set created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour' where user_id = ?", userId);

        String expired = mvc.perform(get(link).param("lang", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isNotFound());
        assertThat(passwordHash()).isNull();

        String unknown = mvc.perform(get("/account/set-password/bogus-token").param("lang", "en"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(expired).contains("This link is not valid: it has expired, has already been used or does not exist.");
        assertThat(unknown).contains("This link is not valid: it has expired, has already been used or does not exist.");
    }

    @Test
    void aLinkStillValidJustBeforeItsExpiry() throws Exception {
        entityManager.flush();
        entityManager.clear();
        jdbc.update("update password_token set created_at = now() - interval '71 hours', expires_at = now() + interval '1 hour' where user_id = ?", userId);
        mvc.perform(get(link)).andExpect(status().isOk());
    }

    @Test
    void theLinkAppliesThePasswordPolicyInBothLanguages() throws Exception {
        setPassword(link, "court", "court")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.rule.tooShort"))
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(post(link).param("lang", "en").with(csrf()).param("password", "azerty123456").param("confirmation", "azerty123456"))
                .andExpect(content().string(containsString("This password is too common")));
        String localPart = email.substring(0, email.indexOf('@'));
        setPassword(link, "xx-" + localPart, "xx-" + localPart)
                .andExpect(content().string(containsString("ne doit pas contenir votre adresse")));
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD + "!")
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.confirmation.mismatch"))
                .andExpect(content().string(containsString("Les deux mots de passe saisis sont différents.")));
        assertThat(passwordHash()).isNull();
        mvc.perform(get(link)).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedUsersLinkDoesNotWork() throws Exception {
        mvc.perform(post("/users/" + userId + "/deactivate").with(user(coordinator)).with(csrf()));
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------ change my password

    @Test
    void everySignedInUserChangesTheirPassword() throws Exception {
        String accountant = data.user("Comptable", Role.ACCOUNTANT, null);
        CurrentUser principal = data.principal(accountant);

        mvc.perform(get("/account/password").with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-form\"")));
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", TestData.PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("success", "password.changed"));

        mvc.perform(formLogin("/login").user("email", accountant).password("password", NEW_PASSWORD))
                .andExpect(authenticated());
        assertThat(jdbc.queryForObject("select password_changed_at is not null from app_user where email = ?",
                Boolean.class, accountant)).isTrue();
    }

    @Test
    void changingMyPasswordEndsMyOtherSessionsButKeepsThisOne() throws Exception {
        String accountant = data.user("Deux Navigateurs", Role.ACCOUNTANT, null);
        Cookie here = mvc.perform(formLogin("/login").user("email", accountant).password("password", TestData.PASSWORD))
                .andReturn().getResponse().getCookie("CAPMOB_SESSION");
        mvc.perform(formLogin("/login").user("email", accountant).password("password", TestData.PASSWORD))
                .andExpect(authenticated());
        assertThat(sessions.findByPrincipalName(accountant)).hasSize(2);

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", TestData.PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        assertThat(sessions.findByPrincipalName(accountant)).hasSize(1);
        mvc.perform(get("/account/password").cookie(here)).andExpect(status().isOk());
    }

    @Test
    void aResetByOneTimeLinkEndsEverySessionOpenedWithTheOldPassword() throws Exception {
        String accountant = data.user("Mot De Passe Volé", Role.ACCOUNTANT, null);
        Cookie thief = mvc.perform(formLogin("/login").user("email", accountant).password("password", TestData.PASSWORD))
                .andReturn().getResponse().getCookie("CAPMOB_SESSION");
        mvc.perform(formLogin("/login").user("email", accountant).password("password", TestData.PASSWORD))
                .andExpect(authenticated());
        assertThat(sessions.findByPrincipalName(accountant)).hasSize(2);
        mvc.perform(get("/account/password").cookie(thief)).andExpect(status().isOk());

        String reset = mvc.perform(post("/users/" + data.userId(accountant) + "/password-link").with(user(coordinator)).with(csrf()))
                .andReturn().getFlashMap().get("passwordLink").toString().substring("http://localhost".length());
        setPassword(reset, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));

        assertThat(sessions.findByPrincipalName(accountant)).isEmpty();
        assertThat(mvc.perform(get("/account/password").cookie(thief)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        mvc.perform(formLogin("/login").user("email", accountant).password("password", NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() throws Exception {
        String referent = data.user("Référent", Role.SCHOOL_REFERENT, data.school("Lycée " + TestData.unique()));
        CurrentUser principal = data.principal(referent);
        String before = jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, referent);

        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", "pas-le-bon-mot-de-passe").param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"))
                .andExpect(content().string(containsString("The current password is wrong.")));
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", TestData.PASSWORD).param("password", "motdepasse123")
                        .param("confirmation", "motdepasse123"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.rule.common"))
                .andExpect(content().string(containsString("Ce mot de passe est trop courant")));
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", "").param("password", "").param("confirmation", ""))
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword", "password", "confirmation"));

        assertThat(jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, referent))
                .isEqualTo(before);
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        assertThat(mvc.perform(get("/account/password")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
