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
                        select changed_at, changed_by, reason, previous_rate_table_id, new_rate_table_id, previous_total, new_total
                        from mobility_grant_change where mobility_id = :id order by changed_at, id""")
                .param("id", mobilityId)
                .query((rs, n) -> new GrantChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("reason"), rs.getObject("previous_rate_table_id", Long.class),
                        rs.getLong("new_rate_table_id"), rs.getBigDecimal("previous_total"), rs.getBigDecimal("new_total")))
                .list();
    }
}
