package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_pending} table: notices waiting for their user's next daily digest. */
@Repository
class PendingNotices {

    private final JdbcClient jdbc;

    PendingNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long userId, Notice notice, Instant now) {
        jdbc.sql("""
                        insert into notification_pending (user_id, kind, mobility_id, reference, comment, event_date,
                                                          created_at)
                        values (:user, :kind, :mobility, :reference, :comment, :date, :now)""")
                .param("user", userId).param("kind", notice.kind().name()).param("mobility", notice.mobilityId())
                .param("reference", notice.reference()).param("comment", notice.comment())
                .param("date", notice.date()).param("now", Timestamp.from(now)).update();
    }

    /** The users who have notices waiting. */
    List<Long> users() {
        return jdbc.sql("select distinct user_id from notification_pending where digested_at is null order by user_id")
                .query(Long.class).list();
    }

    /** A user's waiting notices, oldest first, now marked as digested (in the caller's transaction). */
    List<Notice> take(long userId, Instant now) {
        List<Notice> notices = jdbc.sql("""
                        select kind, mobility_id, reference, comment, event_date from notification_pending
                        where user_id = :user and digested_at is null order by id for update""")
                .param("user", userId)
                .query((rs, n) -> new Notice(NotificationKind.valueOf(rs.getString("kind")), rs.getLong("mobility_id"),
                        rs.getString("reference"), rs.getString("comment"), rs.getObject("event_date", LocalDate.class)))
                .list();
        jdbc.sql("update notification_pending set digested_at = :now where user_id = :user and digested_at is null")
                .param("user", userId).param("now", Timestamp.from(now)).update();
        return notices;
    }
}
