package fr.capmob.portal.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting messages that are due, one transaction per message: the row is claimed with
 * {@code for update skip locked} (another node running the worker at the same moment skips it), sent, then marked
 * SENT; a failure counts the attempt, keeps the server's answer and waits {@link MailProperties#backOff} before the
 * next try, FAILED after the last one. Without a mail server configured ({@code spring.mail.host}) nothing is sent:
 * the messages wait.
 */
@Component
public class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final OutboxRows rows;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailWorker(OutboxRows rows, ObjectProvider<JavaMailSender> sender, MailProperties properties,
               PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.sender = sender;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.mail.worker-delay:PT15S}", fixedDelayString = "${portal.mail.worker-delay:PT15S}")
    void scheduledRun() {
        sendDue();
    }

    /** Sends up to one batch of due messages; returns how many were sent. */
    public int sendDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Optional<Boolean> outcome = transactions.execute(status -> sendNext(mailSender));
            if (outcome == null || outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    /** Empty when nothing is due; otherwise whether the message claimed was sent. */
    private Optional<Boolean> sendNext(JavaMailSender mailSender) {
        Instant now = clock.instant();
        Optional<OutboxRows.Claimed> claimed = rows.claimNextDue(now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutboxRows.Claimed mail = claimed.get();
        try {
            mailSender.send(MailMessages.mime(mailSender, mail, properties));
            rows.markSent(mail.id(), clock.instant());
            log.info("Mail {} sent", mail.id());
            return Optional.of(true);
        } catch (MailException | IllegalStateException e) {
            recordFailure(mail, e);
            return Optional.of(false);
        }
    }

    private void recordFailure(OutboxRows.Claimed mail, Exception e) {
        int attempts = mail.attempts() + 1;
        boolean last = attempts >= properties.maxAttempts();
        MailStatus status = last ? MailStatus.FAILED : MailStatus.WAITING;
        Instant next = clock.instant().plus(properties.backOff(attempts));
        String answer = MailMessages.serverAnswer(e);
        rows.markAttemptFailed(mail.id(), status, next, answer.length() > MAX_ERROR_LENGTH
                ? answer.substring(0, MAX_ERROR_LENGTH) : answer);
        log.warn("Mail {} attempt {} failed{}: {}", mail.id(), attempts, last ? " (last, FAILED)" : "", answer);
    }
}
