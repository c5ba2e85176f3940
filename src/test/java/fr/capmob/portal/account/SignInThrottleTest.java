package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-in limits (portal.login: 10 attempts per client and minute, 5 wrong passwords lock an e-mail for the client
 * that typed them for 15 minutes). Each test signs in from its own addresses, so the in-memory buckets of the
 * other tests do not matter.
 */
@PortalTest
class SignInThrottleTest {

    private static final String WRONG = "wrong-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    /** A client address of its own for each call (10.x.y.z). */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String client) {
        return post("/login").param("email", email).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswersUpToTheLock() throws Exception {
        String known = data.user("Connue", Role.ACCOUNTANT, null);
        String unknown = "personne." + TestData.unique() + "@test.capmob.fr";
        String clientKnown = newClient();
        String clientUnknown = newClient();

        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int attempt = 1; attempt <= 7; attempt++) {
            long start = System.nanoTime();
            knownAnswers.add(answer(mvc.perform(signIn(known, WRONG, clientKnown)).andReturn().getResponse()));
            long middle = System.nanoTime();
            unknownAnswers.add(answer(mvc.perform(signIn(unknown, WRONG, clientUnknown)).andReturn().getResponse()));
            knownNanos += middle - start;
            unknownNanos += System.nanoTime() - middle;
        }

        assertThat(knownAnswers).isEqualTo(unknownAnswers)
                .containsExactly("302 /login?error", "302 /login?error", "302 /login?error", "302 /login?error",
                        "302 /login?error", "302 /login?locked", "302 /login?locked");
        // both hash the password typed (a bcrypt comparison takes tens of milliseconds, a lookup alone far less)
        assertThat((double) unknownNanos / knownNanos).as("unknown / known time").isBetween(0.5, 2.0);
    }

    @Test
    void theLockIsPerClientSoAStrangerCannotKeepTheOwnerOut() throws Exception {
        String coordinator = data.user("Coordination", Role.COORDINATOR, null);
        String stranger = newClient();
        String owner = newClient();

        for (int attempt = 1; attempt <= 8; attempt++) {
            mvc.perform(signIn(coordinator, WRONG + attempt, stranger)).andExpect(unauthenticated());
        }
        // the stranger's address is locked out of this account, even with the right password
        mvc.perform(signIn(coordinator, TestData.PASSWORD, stranger))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        // the owner, from their own network, signs in at once
        mvc.perform(signIn(coordinator, TestData.PASSWORD, owner)).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void fourWrongPasswordsDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
        String email = data.user("Distraite", Role.ACCOUNTANT, null);
        String client = newClient();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(email, WRONG, client)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(email, TestData.PASSWORD, client)).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(email, WRONG, client)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(email, TestData.PASSWORD, client)).andExpect(authenticated());
    }

    @Test
    void fortyAttemptsInAFewSecondsFromOneClientAreThrottled() throws Exception {
        String client = newClient();
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= 40; attempt++) {
            String email = "essai" + attempt + "." + TestData.unique() + "@test.capmob.fr";
            statuses.add(mvc.perform(signIn(email, WRONG, client)).andReturn().getResponse().getStatus());
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(seconds).as("the 40 attempts took a few seconds").isLessThan(60);
        assertThat(statuses.subList(0, 10)).containsOnly(302);
        assertThat(statuses.subList(10, 40)).containsOnly(429);

        // throttled whatever the e-mail or password, even the right one of a real account
        String real = data.user("Réelle", Role.ACCOUNTANT, null);
        mvc.perform(signIn(real, TestData.PASSWORD, client))
                .andExpect(status().isTooManyRequests()).andExpect(unauthenticated())
                .andExpect(header().exists("Retry-After")).andExpect(forwardedUrl("/login/throttled"));
        // another client is not slowed down
        mvc.perform(signIn(real, TestData.PASSWORD, newClient())).andExpect(authenticated());
    }

    @Test
    void successfulSignInsGiveTheirAttemptBack() throws Exception {
        String email = data.user("Salle informatique", Role.SCHOOL_REFERENT, data.school("Lycée " + TestData.unique()));
        String sharedAddress = newClient();
        for (int colleague = 1; colleague <= 25; colleague++) {
            mvc.perform(signIn(email, TestData.PASSWORD, sharedAddress)).andExpect(authenticated());
        }
    }

    @Test
    void theThrottledPageSaysSoInBothLanguages() throws Exception {
        mvc.perform(post("/login/throttled").with(csrf()).requestAttr(LoginProperties.RETRY_AFTER_SECONDS, 42L).param("lang", "fr"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("id=\"login-throttled\"")))
                .andExpect(content().string(containsString("Attendez une minute avant de réessayer.")))
                .andExpect(content().string(containsString("id=\"sign-in\"")));
        mvc.perform(post("/login/throttled").with(csrf()).requestAttr(LoginProperties.RETRY_AFTER_SECONDS, 130L).param("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Wait 3 minutes before trying again.")))
                .andExpect(content().string(not(containsString("Attendez"))));
        // asked for directly, it is only the sign-in page's address
        mvc.perform(get("/login/throttled")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageSaysTheAccountIsLockedInBothLanguages() throws Exception {
        mvc.perform(get("/login").param("locked", "").param("lang", "fr"))
                .andExpect(content().string(containsString("bloqué pendant 15 minutes depuis cette connexion")));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"login-locked\"")))
                .andExpect(content().string(not(containsString("bloqué"))));
    }

    private static String answer(MockHttpServletResponse response) {
        return response.getStatus() + " " + response.getRedirectedUrl();
    }
}
