package fr.capmob.portal.account;

import fr.capmob.portal.mail.Mail;
import fr.capmob.portal.mail.MailLink;
import fr.capmob.portal.mail.Outbox;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * E-mails a user their one-time password link (new account, reset), in their language, through the outbox in the
 * transaction that issues the link; the link shown once to the coordinator stays as the fallback.
 */
@Component
class PasswordLinkMail {

    static final String TEMPLATE = "set-password";

    private final Outbox outbox;

    PasswordLinkMail(Outbox outbox) {
        this.outbox = outbox;
    }

    void send(UserAccount user, String token) {
        outbox.queue(new Mail(user.getEmail(), user.getPreferredLanguage(), TEMPLATE, Map.of(
                "name", user.getDisplayName(),
                "link", new MailLink("/account/set-password/" + token))));
    }
}
