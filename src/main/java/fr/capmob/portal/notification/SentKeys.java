package fr.capmob.portal.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_sent} table: a key per reminder and digest sent. Claiming a key inserts it in the
 * caller's transaction; a second claim (another node, another run) waits for the first transaction and then finds
 * the key taken, so what the key stands for is queued once.
 */
@Repository
class SentKeys {

    private final JdbcClient jdbc;

    SentKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the key was free and is now taken by this transaction. */
    boolean claim(String key, Long userId, Instant now) {
        return jdbc.sql("insert into notification_sent (key, user_id, sent_at) values (:key, :user, :now) "
                        + "on conflict (key) do nothing")
                .param("key", key).param("user", userId).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean taken(String key) {
        return jdbc.sql("select count(*) from notification_sent where key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }
}
