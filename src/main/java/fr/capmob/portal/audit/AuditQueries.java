package fr.capmob.portal.audit;

import fr.capmob.portal.shared.ListQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit entries, read with SQL on the {@code <table>_aud} tables: a page of entries (filtered, sorted and paged
 * in SQL, newest first), then the changed fields of that page's entries in one statement, each value compared with
 * the row's previous version. Restricted columns are not even read for readers who may not see them.
 */
@Component
class AuditQueries {

    /** Columns never shown: Envers' own, keys, search helpers and the grant's technical breakdown. */
    private static final String NOT_SHOWN = "'rev', 'revtype', 'id', 'normalised_last_name', 'normalised_first_name',"
            + " 'normalised_name', 'lines'";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of entries of the given tables (of one owner record when {@code ownerId} is set), with their changes. */
    Page<AuditEntry> entries(Collection<AuditedTable> tables, Long ownerId, AuditFilter filter, Pageable pageable,
                             Set<String> hiddenColumns) {
        Map<String, Object> params = new HashMap<>();
        String from = "from audit_revision r join (" + union(tables, ownerId, params) + ") e on e.rev = r.id"
                + conditions(filter, params);
        long total = jdbc.sql("select count(*) " + from).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        if (pageable.getOffset() >= total) { // a page beyond the last shows the last
            pageable = PageRequest.of((int) ((total - 1) / pageable.getPageSize()), pageable.getPageSize());
        }
        List<AuditEntry> entries = jdbc.sql("""
                        select e.tab, e.row_key, e.owner_id, e.label, e.revtype, r.id as rev, r.revision_at, r.user_id,
                               r.user_name %s
                        order by r.revision_at desc, r.id desc, e.tab, e.row_key limit :limit offset :offset"""
                        .formatted(from))
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> entry(rs)).list();
        return new PageImpl<>(withChanges(entries, hiddenColumns), pageable, total);
    }

    private static String union(Collection<AuditedTable> tables, Long ownerId, Map<String, Object> params) {
        if (ownerId != null) {
            params.put("owner", ownerId);
        }
        return tables.stream().map(t -> """
                        select '%s' as tab, a.%s as row_key, a.%s as owner_id, cast(%s as text) as label, a.revtype, a.rev
                        from %s a%s""".formatted(t.name(), t.keyColumn(), t.ownerColumn(), t.labelSql(), t.auditTable(),
                        ownerId == null ? "" : " where a." + t.ownerColumn() + " = :owner"))
                .collect(Collectors.joining(" union all "));
    }

    private static String conditions(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        String who = filter == null ? null : ListQuery.searchPattern(filter.who());
        if (who != null) {
            conditions.add("lower(r.user_name) like :who");
            params.put("who", who);
        }
        if (filter != null && filter.from() != null) {
            conditions.add("r.revision_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter != null && filter.to() != null) {
            conditions.add("r.revision_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("rev"), rs.getTimestamp("revision_at").toInstant(),
                rs.getObject("user_id", Long.class), rs.getString("user_name"), AuditedTable.valueOf(rs.getString("tab")),
                rs.getLong("row_key"), rs.getLong("owner_id"), rs.getString("label"),
                AuditAction.of(rs.getInt("revtype")), List.of(), false);
    }

    /** The changed fields of every entry of the page, in one statement. */
    private List<AuditEntry> withChanges(List<AuditEntry> entries, Set<String> hiddenColumns) {
        Map<AuditedTable, List<Object[]>> rowsByTable = new LinkedHashMap<>();
        entries.forEach(e -> rowsByTable.computeIfAbsent(e.table(), t -> new ArrayList<>())
                .add(new Object[] {e.key(), e.revision()}));
        Map<String, Object> params = new HashMap<>();
        List<String> hidden = new ArrayList<>(hiddenColumns);
        hidden.add("-"); // never empty: "in ()" is not SQL
        params.put("hidden", hidden);
        String sql = rowsByTable.entrySet().stream().map(byTable -> {
            params.put("rows" + byTable.getKey().ordinal(), byTable.getValue());
            return changesOf(byTable.getKey());
        }).collect(Collectors.joining(" union all "));
        Map<String, List<FieldChange>> changes = new HashMap<>();
        Set<String> unrecorded = new HashSet<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String entryKey = rs.getString("tab") + ":" + rs.getLong("row_key") + ":" + rs.getLong("rev");
            if (rs.getBoolean("first_version")) {
                unrecorded.add(entryKey);
            }
            AuditAction action = AuditAction.of(rs.getInt("revtype"));
            String value = rs.getString("new_value");
            FieldChange change = new FieldChange(rs.getString("field"),
                    action == AuditAction.CHANGED ? rs.getString("old_value") : action == AuditAction.DELETED ? value : null,
                    action == AuditAction.DELETED ? null : value, rs.getBoolean("restricted"));
            changes.computeIfAbsent(entryKey, k -> new ArrayList<>()).add(change);
        });
        return entries.stream().map(e -> {
            String entryKey = e.table().name() + ":" + e.key() + ":" + e.revision();
            return e.withChanges(changes.getOrDefault(entryKey, List.of()), unrecorded.contains(entryKey));
        }).toList();
    }

    private static String changesOf(AuditedTable table) {
        return """
                select '%1$s' as tab, a.%2$s as row_key, a.rev, a.revtype, p.j is null as first_version, c.key as field,
                       c.key in (:hidden) as restricted,
                       case when c.key in (:hidden) then null else c.value end as new_value,
                       case when c.key in (:hidden) then null else o.value end as old_value
                from %3$s a
                left join lateral (select to_jsonb(b) as j from %3$s b where b.%2$s = a.%2$s and b.rev < a.rev
                                   order by b.rev desc limit 1) p on true
                cross join lateral jsonb_each_text(to_jsonb(a)) c
                left join lateral jsonb_each_text(p.j) o on o.key = c.key
                where (a.%2$s, a.rev) in (:rows%4$d) and c.key not in (%5$s)
                  and case when a.revtype = 1 then c.value is distinct from o.value else c.value is not null end"""
                .formatted(table.name(), table.keyColumn(), table.auditTable(), table.ordinal(), NOT_SHOWN);
    }
}
