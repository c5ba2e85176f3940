package fr.capmob.portal.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The payment ledger's SQL (mobilities through {@code mobility_view}) and its row. */
final class PaymentRows {

    private PaymentRows() {
    }

    /**
     * Starts with a line break, to follow {@link #COLUMNS}. Only the tables the filters and sort keys read: the
     * project's number and the recorder's name are read per row of the page (subqueries in {@link #COLUMNS}), as
     * PostgreSQL's time to choose the join order grows fast with each table joined (13 ms for seven).
     */
    static final String FROM = "\n" + """
             from payment pa
             join mobility_view m on m.id = pa.mobility_id
             join school s on s.id = m.sending_school_id
             left join student st on st.id = m.student_id
             left join staff_member sf on sf.id = m.staff_id""";

    /**
     * The FROM of the ledger's count and sum: the payments alone, joined to their mobility only when a filter or the
     * user's scope reads it ({@code mobility}), and to its participant only for the search box ({@code participant}).
     * Every payment has one mobility, of one project and one school, so the rows counted are those of {@link #FROM}.
     */
    static String countFrom(boolean mobility, boolean participant) {
        return " from payment pa"
                + (mobility || participant ? " join mobility_view m on m.id = pa.mobility_id" : "")
                + (participant ? " left join student st on st.id = m.student_id"
                        + " left join staff_member sf on sf.id = m.staff_id" : "");
    }

    /** The count and the sum of the payments ({@link #countFrom}), one row. */
    static final String COUNTED = "select count(*), coalesce(sum(pa.amount), 0)";

    /**
     * The count and the sum of the payments from the money summary ({@code bs}, one row per project, school and
     * stage): 0 when there is none, as {@link #COUNTED} gives.
     */
    static final String SUMMED = "select coalesce(sum(bs.payments), 0), coalesce(sum(bs.paid) filter (where bs.payments > 0), 0)";

    static final String COLUMNS = """
            select pa.id, pa.mobility_id, m.reference as mobility_reference,
                   coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                   coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                            sf.normalised_last_name || ' ' || sf.normalised_first_name) as participant_sort,
                   m.sending_school_id, s.name as school_name,
                   (select p.number from project p where p.id = m.project_id) as project_number, pa.kind, pa.paid_on,
                   pa.amount, pa.method, pa.reference, pa.note, pa.corrects_payment_id, pa.over_owed_confirmed, pa.created_at,
                   coalesce((select u.display_name from app_user u where u.email = pa.created_by), pa.created_by)
                       as created_by""";

    /** The ledger's search box: the mobility's reference or the participant's name, either order, accents ignored. */
    static final String SEARCH = """
            lower(m.reference) like :q
            or coalesce(st.normalised_last_name || ' ' || st.normalised_first_name,
                        sf.normalised_last_name || ' ' || sf.normalised_first_name) like portal_unaccent(:q)
            or coalesce(st.normalised_first_name || ' ' || st.normalised_last_name,
                        sf.normalised_first_name || ' ' || sf.normalised_last_name) like portal_unaccent(:q)""";

    static PaymentRow row(ResultSet rs, int n) throws SQLException {
        return new PaymentRow(rs.getLong("id"), rs.getLong("mobility_id"), rs.getString("mobility_reference"),
                rs.getString("participant"), rs.getLong("sending_school_id"), rs.getString("school_name"),
                rs.getString("project_number"), PaymentKind.valueOf(rs.getString("kind")),
                rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("amount"),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("reference"), rs.getString("note"),
                rs.getObject("corrects_payment_id", Long.class), rs.getBoolean("over_owed_confirmed"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
