package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in, sign-out, security headers and the actuator (lock-out and throttling: {@link SignInThrottleTest}). */
@PortalTest
class SignInSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signsInWithTheRightPasswordWhateverTheCaseOfTheEmail() throws Exception {
        String email = data.user("Alice Martin", Role.SCHOOL_REFERENT, data.school("Lycée Alice"));

        mvc.perform(formLogin("/login").user("email", email.toUpperCase()).password("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        String email = data.user("Headers", Role.COORDINATOR, null);
        for (var request : List.of(get("/login"), get("/users").with(user(data.principal(email))))) {
            MvcResult result = mvc.perform(request).andExpect(status().isOk())
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andReturn();
            String csp = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String email = data.user("Cookie", Role.ACCOUNTANT, null);

        MvcResult result = mvc.perform(formLogin("/login").user("email", email).password("password", TestData.PASSWORD))
                .andExpect(authenticated()).andReturn();

        String cookie = result.getResponse().getHeaders("Set-Cookie").stream()
                .filter(header -> header.startsWith("CAPMOB_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signOutIsPostOnly() throws Exception {
        String email = data.user("Leaving", Role.ACCOUNTANT, null);
        var principal = data.principal(email);

        MvcResult get = mvc.perform(get("/logout").with(user(principal))).andReturn();
        assertThat(get.getResponse().getRedirectedUrl()).isNotEqualTo("/login?logout");
        assertThat(get.getResponse().getStatus()).isEqualTo(404);

        mvc.perform(post("/logout").with(user(principal)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(principal)).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        String email = data.user("Csrf", Role.COORDINATOR, null);
        mvc.perform(post("/account/password").with(user(data.principal(email)))
                        .param("currentPassword", TestData.PASSWORD)
                        .param("password", "Une-Autre-Phrase-Longue").param("confirmation", "Une-Autre-Phrase-Longue"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthAnswersUpWithoutSignInAndNothingElseIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

        String coordinator = data.user("Curious", Role.COORDINATOR, null);
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(mvc.perform(get(endpoint)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
            mvc.perform(get(endpoint).with(user(data.principal(coordinator)))).andExpect(status().isNotFound());
        }
    }
}
