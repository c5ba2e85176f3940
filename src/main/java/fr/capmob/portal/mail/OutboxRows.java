package fr.capmob.portal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table, through SQL: the module's only access to it. */
@Repository
class OutboxRows {

    private static final String COLUMNS = "id, recipient, language, template, subject, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Mail mail, MailRenderer.Rendered rendered, Instant now) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, language, template, subject, html_body, text_body,
                                                 next_attempt_at, created_at)
                        values (:to, :language, :template, :subject, :html, :text, :now, :now) returning id""")
                .param("to", mail.to()).param("language", mail.language()).param("template", mail.template())
                .param("subject", rendered.subject()).param("html", rendered.html()).param("text", rendered.text())
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** The oldest due waiting message, locked for this transaction; rows another node holds are skipped. */
    Optional<Claimed> claimNextDue(Instant now) {
        return jdbc.sql("""
                        select id, recipient, subject, html_body, text_body, attempts from mail_outbox
                        where status = 'WAITING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("html_body"), rs.getString("text_body"), rs.getInt("attempts")))
                .optional();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null "
                        + "where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void markAttemptFailed(long id, MailStatus status, Instant nextAttempt, String error) {
        jdbc.sql("update mail_outbox set status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                        + "last_error = :error where id = :id")
                .param("status", status.name()).param("next", Timestamp.from(nextAttempt))
                .param("error", error).param("id", id).update();
    }

    /** A failed message waits again, its attempts counted from zero; false when it is not FAILED. */
    boolean resend(long id, Instant now) {
        return jdbc.sql("update mail_outbox set status = 'WAITING', attempts = 0, next_attempt_at = :now "
                        + "where id = :id and status = 'FAILED'")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    Page<OutboxEntry> page(MailStatus status, String recipientPattern, Pageable pageable) {
        String where = " where (cast(:status as varchar) is null or status = :status)"
                + " and (cast(:pattern as varchar) is null or lower(recipient) like :pattern)";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("select count(*) from mail_outbox" + where).param("status", statusName)
                .param("pattern", recipientPattern).query(Long.class).single();
        List<OutboxEntry> content = jdbc.sql("select " + COLUMNS + " from mail_outbox" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("status", statusName).param("pattern", recipientPattern)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> entry(rs)).list();
        return new PageImpl<>(content, pageable, total);
    }

    List<OutboxEntry> to(String recipient) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where recipient = :to order by id")
                .param("to", recipient).query((rs, n) -> entry(rs)).list();
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("language"),
                rs.getString("template"), rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }

    record Claimed(long id, String recipient, String subject, String html, String text, int attempts) {
    }
}
