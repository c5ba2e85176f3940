package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import fr.capmob.portal.account.NotificationPreferences;
import fr.capmob.portal.account.NotificationRecipient;
import fr.capmob.portal.mail.Mail;
import fr.capmob.portal.mail.Outbox;
import fr.capmob.portal.mobility.MobilityStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One digest a day per user who has something in it: the notices they chose to receive as a digest, and for the
 * coordinators the submissions waiting for a decision. One transaction per user; the key
 * {@code digest:<user>:<day>} makes it once a day however many runs or nodes try.
 */
@Component
class Digests {

    static final String TEMPLATE = "digest";
    static final int LISTED = 50;

    private final PendingNotices pending;
    private final NotificationPreferences preferences;
    private final SentKeys sent;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Digests(PendingNotices pending, NotificationPreferences preferences, SentKeys sent, Outbox outbox, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.pending = pending;
        this.preferences = preferences;
        this.sent = sent;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How many digests were queued. */
    int send(LocalDate today) {
        Map<Long, NotificationRecipient> recipients = new LinkedHashMap<>();
        pending.users().forEach(id -> preferences.digestRecipient(id).ifPresent(r -> recipients.put(id, r)));
        List<WaitingSubmission> submissions = submissions();
        if (!submissions.isEmpty()) {
            preferences.recipients(NotificationKind.SUBMISSIONS_WAITING, null)
                    .forEach(r -> recipients.putIfAbsent(r.userId(), r));
        }
        int queued = 0;
        for (NotificationRecipient recipient : recipients.values()) {
            Boolean done = transactions.execute(status -> sendOne(recipient, today, submissions, status));
            queued += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return queued;
    }

    /** Queues one user's digest; when another run took the day's key first, the notices taken are given back. */
    private boolean sendOne(NotificationRecipient recipient, LocalDate today, List<WaitingSubmission> submissions,
                            org.springframework.transaction.TransactionStatus status) {
        String key = "digest:" + recipient.userId() + ":" + today;
        Instant now = clock.instant();
        if (sent.taken(key)) {
            return false;
        }
        List<Notice> notices = pending.take(recipient.userId(), now);
        boolean coordinator = preferences.recipients(NotificationKind.SUBMISSIONS_WAITING, null).stream()
                .anyMatch(r -> r.userId() == recipient.userId());
        List<WaitingSubmission> waiting = coordinator ? submissions : List.of();
        if (notices.isEmpty() && waiting.isEmpty()) {
            return false;
        }
        if (!sent.claim(key, recipient.userId(), now)) {
            status.setRollbackOnly();
            return false;
        }
        outbox.queue(new Mail(recipient.email(), recipient.language(), TEMPLATE, Map.of(
                "name", recipient.name(), "notices", notices, "submissions", waiting.stream().limit(LISTED).toList(),
                "submissionCount", waiting.size(), "day", today))
                .withSubject("mail.digest.subject", today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        return true;
    }

    /** The mobilities waiting for a decision, the soonest departures first. */
    List<WaitingSubmission> submissions() {
        return jdbc.sql("""
                        select m.id, m.reference, s.name as school, m.start_date from mobility_view m
                        join school s on s.id = m.sending_school_id
                        where m.status = :submitted order by m.start_date, m.reference""")
                .param("submitted", MobilityStatus.SUBMITTED.name())
                .query((rs, n) -> new WaitingSubmission(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("school"), rs.getObject("start_date", LocalDate.class)))
                .list();
    }
}
