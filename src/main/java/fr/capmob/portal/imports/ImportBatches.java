package fr.capmob.portal.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploaded files kept between preview and confirmation: one user's, for one hour. */
@Repository
class ImportBatches {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportBatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Batch(UUID id, long userId, ImportKind kind, Long schoolId, String fileName, byte[] payload) {
    }

    UUID store(long userId, ImportKind kind, Long schoolId, String fileName, byte[] payload) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("delete from import_batch where expires_at < :now").param("now", now).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into import_batch (id, user_id, kind, school_id, file_name, payload, created_at, expires_at)
                        values (:id, :userId, :kind, :schoolId, :fileName, :payload, :now, :expires)""")
                .param("id", id).param("userId", userId).param("kind", kind.name()).param("schoolId", schoolId)
                .param("fileName", fileName).param("payload", payload).param("now", now)
                .param("expires", now.plus(LIFETIME))
                .update();
        return id;
    }

    /** The user's own batch, if it has not expired; anyone else's does not exist for them. */
    Optional<Batch> find(UUID id, long userId) {
        return jdbc.sql("""
                        select id, user_id, kind, school_id, file_name, payload from import_batch
                        where id = :id and user_id = :userId and expires_at >= :now""")
                .param("id", id).param("userId", userId)
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .query((rs, n) -> new Batch(rs.getObject("id", UUID.class), rs.getLong("user_id"),
                        ImportKind.valueOf(rs.getString("kind")), (Long) rs.getObject("school_id", Long.class),
                        rs.getString("file_name"), rs.getBytes("payload")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from import_batch where id = :id").param("id", id).update();
    }
}
