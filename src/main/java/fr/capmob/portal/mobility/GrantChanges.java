package fr.capmob.portal.mobility;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recomputations of a mobility's grant by hand, as recorded in {@code mobility_grant_change}. */
@Component
class GrantChanges {

    private final JdbcClient jdbc;

    GrantChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    List<GrantChange> of(long mobilityId) {
        return jdbc.sql("""
                        select c.changed_at, coalesce(u.display_name, c.changed_by) as changed_by, c.reason,
                               c.previous_rate_table_id, c.new_rate_table_id, c.previous_total, c.new_total
                        from mobility_grant_change c left join app_user u on u.email = c.changed_by
                        where c.mobility_id = :id order by c.changed_at, c.id""")
                .param("id", mobilityId)
                .query((rs, n) -> new GrantChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("reason"), rs.getObject("previous_rate_table_id", Long.class),
                        rs.getLong("new_rate_table_id"), rs.getBigDecimal("previous_total"), rs.getBigDecimal("new_total")))
                .list();
    }
}
