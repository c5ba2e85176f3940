package fr.capmob.portal.mail;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the outbox holds, for the coordinators' {@code /mail} page: sent, waiting and failed messages; resend. */
@Service
@Transactional
public class MailLog {

    private final OutboxRows rows;
    private final Clock clock;

    MailLog(OutboxRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** One page, newest first, optionally of one status and of recipients containing {@code recipient}. */
    @Transactional(readOnly = true)
    public Page<OutboxEntry> page(MailStatus status, String recipient, Pageable pageable) {
        String pattern = ListQuery.searchPattern(recipient);
        return ListQuery.clamped(pageable, p -> rows.page(status, pattern, p));
    }

    /** The messages to one address, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> to(String recipient) {
        return rows.to(recipient);
    }

    /** A failed message waits again (sent by the next run of the worker); 404 when no failed message has this id. */
    public void resend(long id) {
        if (!rows.resend(id, clock.instant())) {
            throw new NotFoundException("mail", id);
        }
    }
}
