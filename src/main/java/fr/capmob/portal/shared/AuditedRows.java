package fr.capmob.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit entry of a row written with SQL rather than through JPA (Envers sees only JPA writes): copies the row
 * into {@code <table>_aud} under the transaction's Envers revision, as Envers would (revtype 0 created, 1 changed,
 * 2 deleted, with the values it had). Call {@link #created} or {@link #changed} after the write, {@link #deleting}
 * before the delete. Two writes of one row in one transaction leave one entry, merged as Envers merges them.
 */
@Component
public class AuditedRows {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager entityManager;

    AuditedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void created(String table, String keyColumn, Object key) {
        record(table, keyColumn, key, 0);
    }

    public void changed(String table, String keyColumn, Object key) {
        record(table, keyColumn, key, 1);
    }

    /** Call before deleting the row: the entry keeps the values it had. */
    public void deleting(String table, String keyColumn, Object key) {
        checkNames(table, keyColumn);
        boolean exists = jdbc.sql("select exists (select 1 from %s where %s = :key)".formatted(table, keyColumn))
                .param("key", key).query(Boolean.class).single();
        if (exists) { // no revision without an entry
            record(table, keyColumn, key, 2);
        }
    }

    private static void checkNames(String table, String keyColumn) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(keyColumn).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + keyColumn);
        }
    }

    private void record(String table, String keyColumn, Object key, int revisionType) {
        checkNames(table, keyColumn);
        List<String> copied = columns.computeIfAbsent(table, this::auditedColumns);
        String list = String.join(", ", copied);
        String merged = String.join(", ", copied.stream().filter(c -> !c.equals(keyColumn))
                .map(c -> c + " = excluded." + c).toList());
        jdbc.sql("""
                        insert into %1$s_aud as a (%2$s, rev, revtype) select %2$s, :rev, :type from %1$s where %3$s = :key
                        on conflict (%3$s, rev) do update set %4$s, revtype = case
                            when a.revtype = 0 and excluded.revtype = 1 then 0
                            when a.revtype = 2 and excluded.revtype = 0 then 1
                            else excluded.revtype end""".formatted(table, list, keyColumn, merged))
                .param("rev", currentRevision()).param("type", revisionType).param("key", key).update();
    }

    private List<String> auditedColumns(String table) {
        List<String> names = jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = :aud and column_name not in ('rev', 'revtype')
                        order by ordinal_position""")
                .param("aud", table + "_aud").query(String.class).list();
        if (names.isEmpty()) {
            throw new IllegalStateException("no audit table " + table + "_aud");
        }
        return names;
    }

    /** The Envers revision of the current transaction, created (with who and when) on first use. */
    private long currentRevision() {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        Object revision = AuditReaderFactory.get(session).getCurrentRevision(Object.class, true);
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(revision);
        return ((Number) id).longValue();
    }
}
