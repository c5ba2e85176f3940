package fr.capmob.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.account.AccountService;
import fr.capmob.portal.account.CreatedUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.UserCommand;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Set-password links by e-mail, over SMTP: a new user receives their link in their language and sets a password
 * with it, then signs in; a reset link voids the first one and arrives too.
 */
@SmtpTest
class SetPasswordMailTest extends SmtpMailTest {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/account/set-password/([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Un-Mot-De-Passe-Solide-2026";

    @Autowired AccountService accounts;
    @Autowired MailWorker worker;
    @Autowired MockMvc mvc;

    @Test
    void aNewUserReceivesTheLinkAndSetsAPasswordWithIt() throws Exception {
        String email = "new.accountant@" + domain;
        CreatedUser created = accounts.create(new UserCommand(email, "Nadia Comptable", Role.ACCOUNTANT, null, "fr"));
        worker.sendDue();

        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Consortium Test : choisissez votre mot de passe");
        String token = linkToken(received.get(0));
        assertThat(token).isEqualTo(created.passwordToken());

        mvc.perform(post("/account/set-password/" + token).with(csrf())
                        .param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void aResetSendsANewLinkInTheUsersLanguageAndTheOldOneStopsWorking() throws Exception {
        String email = "reset.user@" + domain;
        CreatedUser created = accounts.create(new UserCommand(email, "Ralph Reset", Role.ACCOUNTANT, null, "en"));
        accounts.newPasswordLink(created.id());
        worker.sendDue();

        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getSubject()).isEqualTo("Consortium Test: choose your password");
        String first = linkToken(received.get(0));
        String second = linkToken(received.get(1));
        assertThat(second).isNotEqualTo(first);
        mvc.perform(post("/account/set-password/" + first).with(csrf())
                        .param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/set-password/" + second).with(csrf())
                        .param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    private static String linkToken(MimeMessage message) throws Exception {
        String text = body(message, "text/plain");
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a set-password link in: " + text).isTrue();
        String html = body(message, "text/html");
        assertThat(html).contains("href=\"" + matcher.group() + "\"");
        return matcher.group(1);
    }
}
