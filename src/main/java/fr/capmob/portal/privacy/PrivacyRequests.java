package fr.capmob.portal.privacy;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The register of data-protection requests: every export, erasure and anonymisation, newest first. */
@Service
@Transactional(readOnly = true)
public class PrivacyRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    PrivacyRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a request in the caller's transaction (it stays only if what it records happened). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PrivacyAction action, PrivacySubject subject, long subjectId, String code, String detail,
                       String requestedBy) {
        jdbc.sql("""
                        insert into privacy_request (action, subject_kind, subject_id, subject_code, detail, requested_by, requested_at)
                        values (:action, :subject, :subjectId, :code, :detail, :by, :at)""")
                .param("action", action.name()).param("subject", subject.name()).param("subjectId", subjectId)
                .param("code", code).param("detail", detail).param("by", requestedBy)
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

    /** One page of the requests, optionally of one action, newest first. */
    public Page<PrivacyRequestRow> page(PrivacyAction action, Pageable pageable) {
        String where = action == null ? "" : " where action = :action";
        var count = jdbc.sql("select count(*) from privacy_request" + where);
        var rows = jdbc.sql("select * from privacy_request" + where
                + " order by requested_at desc, id desc limit :limit offset :offset");
        if (action != null) {
            count = count.param("action", action.name());
            rows = rows.param("action", action.name());
        }
        long total = count.query(Long.class).single();
        List<PrivacyRequestRow> content = rows.param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query((rs, n) -> new PrivacyRequestRow(rs.getLong("id"),
                        PrivacyAction.valueOf(rs.getString("action")), PrivacySubject.valueOf(rs.getString("subject_kind")),
                        rs.getLong("subject_id"), rs.getString("subject_code"), rs.getString("detail"),
                        rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant())).list();
        return new PageImpl<>(content, pageable, total);
    }

    /** The requests about one person, oldest first (shown in their export). */
    public List<PrivacyRequestRow> about(PrivacySubject subject, long subjectId) {
        return jdbc.sql("select * from privacy_request where subject_kind = :s and subject_id = :id order by requested_at, id")
                .param("s", subject.name()).param("id", subjectId)
                .query((rs, n) -> new PrivacyRequestRow(rs.getLong("id"), PrivacyAction.valueOf(rs.getString("action")),
                        subject, subjectId, rs.getString("subject_code"), rs.getString("detail"),
                        rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant())).list();
    }
}
