package fr.capmob.portal.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a message in the caller's transaction: rendered now, written to the outbox with the change that causes
 * it (both kept or both rolled back), sent later by {@link MailWorker}. There must be a transaction.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailRenderer renderer;
    private final OutboxRows rows;
    private final Clock clock;

    Outbox(MailRenderer renderer, OutboxRows rows, Clock clock) {
        this.renderer = renderer;
        this.rows = rows;
        this.clock = clock;
    }

    /** Renders and queues the message; returns its id in the outbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        long id = rows.insert(mail, renderer.render(mail), clock.instant());
        log.info("Mail {} queued ({}, {})", id, mail.template(), mail.language());
        return id;
    }
}
