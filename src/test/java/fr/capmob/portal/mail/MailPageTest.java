package fr.capmob.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinators' /mail page: a failed message with the server's answer, filters, resend; French and English. */
@PortalTest
class MailPageTest {

    private static final String ANSWER = "550 5.1.1 <lost@page-test.example>: Recipient address rejected";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Outbox outbox;
    @Autowired MailLog log;
    @Autowired JdbcClient jdbc;

    CurrentUser coordinator;
    long failedId;

    @BeforeEach
    void failedAndWaitingMessages() {
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        Map<String, Object> variables = Map.of("name", "Lou", "link", new MailLink("/account/set-password/x"));
        failedId = outbox.queue(new Mail("lost@page-test.example", "fr", "set-password", variables));
        outbox.queue(new Mail("waiting@page-test.example", "en", "set-password", variables));
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 6, last_error = :e where id = :id")
                .param("e", ANSWER).param("id", failedId).update();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return new String(mvc.perform(request.with(user(coordinator))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theFailedMessageShowsTheServersAnswerAndCanBeResent() throws Exception {
        String failed = page(get("/mail").param("status", "FAILED").param("recipient", "page-test"));
        assertThat(failed).contains("Courriels envoyés par le portail", "lost@page-test.example", "En échec",
                "Recipient address rejected", "/mail/" + failedId + "/resend", "Un message")
                .doesNotContain("waiting@page-test.example");
        String english = page(get("/mail").param("recipient", "page-test.example").param("lang", "en"));
        assertThat(english).contains("E-mails sent by the portal", "Waiting", "Failed", "2 messages");

        mvc.perform(post("/mail/" + failedId + "/resend").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/mail?status=WAITING"));
        OutboxEntry resent = log.to("lost@page-test.example").get(0);
        assertThat(resent.status()).isEqualTo(MailStatus.WAITING);
        assertThat(resent.attempts()).isZero();
        // a message that is not failed cannot be resent
        mvc.perform(post("/mail/" + failedId + "/resend").with(csrf()).with(user(coordinator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFilterThatMatchesNothingShowsTheEmptyState() throws Exception {
        assertThat(page(get("/mail").param("recipient", "nobody-at-all"))).contains("Aucun message pour ces critères.");
    }
}
