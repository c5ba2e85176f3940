package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationDelivery;
import fr.capmob.portal.account.NotificationRecipient;
import fr.capmob.portal.mail.Mail;
import fr.capmob.portal.mail.MailLink;
import fr.capmob.portal.mail.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a notice to one recipient as they chose, in the caller's transaction: queued in the outbox at once (in
 * their language), or kept for their daily digest. With a once-key, the notice goes only if the key (per recipient)
 * was never used: a reminder is sent once however many runs or nodes ask.
 */
@Component
class Notifier {

    static final String TEMPLATE = "notice";

    private final Outbox outbox;
    private final PendingNotices pending;
    private final SentKeys sent;
    private final Clock clock;

    Notifier(Outbox outbox, PendingNotices pending, SentKeys sent, Clock clock) {
        this.outbox = outbox;
        this.pending = pending;
        this.sent = sent;
        this.clock = clock;
    }

    /** False when the once-key was already used for this recipient (nothing done). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deliver(NotificationRecipient to, Notice notice, String onceKey) {
        Instant now = clock.instant();
        if (onceKey != null && !sent.claim(onceKey + ":" + to.userId(), to.userId(), now)) {
            return false;
        }
        if (to.delivery() == NotificationDelivery.IMMEDIATE) {
            outbox.queue(mail(to, notice));
        } else if (to.delivery() == NotificationDelivery.DIGEST) {
            pending.add(to.userId(), notice, now);
        }
        return true;
    }

    static Mail mail(NotificationRecipient to, Notice notice) {
        Map<String, Object> variables = new HashMap<>(variables(notice));
        variables.put("name", to.name());
        return new Mail(to.email(), to.language(), TEMPLATE, variables)
                .withSubject("mail.notice." + notice.kind().name() + ".subject", notice.reference());
    }

    /** What a template needs to tell one notice (the digest lists them with the same texts). */
    static Map<String, Object> variables(Notice notice) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("kind", notice.kind().name());
        variables.put("reference", notice.reference());
        variables.put("link", new MailLink("/mobilities/" + notice.mobilityId()));
        if (notice.comment() != null) {
            variables.put("comment", notice.comment());
        }
        if (notice.date() != null) {
            variables.put("date", notice.date());
        }
        return variables;
    }
}
