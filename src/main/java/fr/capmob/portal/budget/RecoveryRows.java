package fr.capmob.portal.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** The SQL of recovery orders (mobilities through {@code mobility_view}) and their row. */
final class RecoveryRows {

    private RecoveryRows() {
    }

    static final String COLUMNS = """
            select ro.id, ro.version, ro.mobility_id, m.reference as mobility_reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   s.name as school_name, ro.amount,
                   (select coalesce(-sum(pa.amount), 0) from payment pa where pa.recovery_order_id = ro.id) as recovered,
                   ro.due_on, ro.state, ro.written_off_amount, ro.reason, ro.created_at, ro.created_by, ro.closed_at,
                   ro.closed_by""";

    /** Starts with a line break, to follow {@link #COLUMNS}. */
    static final String FROM = "\n" + """
             from recovery_order ro
             join mobility_view m on m.id = ro.mobility_id
             join school s on s.id = m.sending_school_id
             left join student st on st.id = m.student_id
             left join staff_member sf on sf.id = m.staff_id""";

    static RecoveryOrder row(ResultSet rs, int n) throws SQLException {
        return new RecoveryOrder(rs.getLong("id"), rs.getLong("version"), rs.getLong("mobility_id"),
                rs.getString("mobility_reference"), rs.getString("participant"), rs.getString("school_name"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("recovered").setScale(2),
                rs.getObject("due_on", LocalDate.class), RecoveryState.valueOf(rs.getString("state")),
                rs.getBigDecimal("written_off_amount"), rs.getString("reason"), instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"), instant(rs.getTimestamp("closed_at")), rs.getString("closed_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
