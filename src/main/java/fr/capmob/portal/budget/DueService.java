package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.SearchSql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists behind the accountants' work items ({@link DueWork}), paged in SQL and scoped as payments: advances and
 * balances due (mobilities, with the amount due: the advance share of what is owed, or what is owed less what was
 * paid), and trips whose invoices are to enter.
 */
@Service
@Transactional(readOnly = true)
public class DueService {

    private static final String MOBILITY_COLUMNS = """
            select m.id, m.reference, coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name)
                   as participant, s.name as school_name, m.status, mm.owed, mm.paid,
                   coalesce(ps.advance_share, :defaultShare) as share, m.start_date""";

    private static final String MOBILITY_JOINS = DueWork.MOBILITY_FROM + """

             join school s on s.id = m.sending_school_id
             left join student st on st.id = m.student_id
             left join staff_member sf on sf.id = m.staff_id""";

    private final JdbcClient jdbc;
    private final PaymentProperties properties;

    DueService(JdbcClient jdbc, PaymentProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Page<DueRow> list(DueWork what, Pageable pageable, CurrentUser user) {
        return what == DueWork.INVOICES ? trips(pageable, user) : mobilities(what, pageable, user);
    }

    private Page<DueRow> mobilities(DueWork what, Pageable pageable, CurrentUser user) {
        SearchSql sql = SearchSql.from(MOBILITY_JOINS)
                .where(what == DueWork.ADVANCES ? DueWork.ADVANCE_DUE : DueWork.BALANCE_DUE)
                .param("payableFrom", properties.payableFrom().name())
                .param("defaultShare", BudgetService.DEFAULT_ADVANCE_SHARE);
        if (!user.seesWholeConsortium()) {
            sql.where("m.sending_school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        return sql.page(jdbc, MOBILITY_COLUMNS, "m.start_date, m.id", pageable, (rs, n) -> {
            BigDecimal owed = rs.getBigDecimal("owed");
            BigDecimal due = what == DueWork.ADVANCES ? owed.multiply(rs.getBigDecimal("share")).setScale(2, RoundingMode.HALF_UP)
                    : owed.subtract(rs.getBigDecimal("paid")).setScale(2, RoundingMode.HALF_UP);
            return new DueRow(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                    rs.getString("school_name"), rs.getString("status"), due, rs.getObject("start_date", java.time.LocalDate.class));
        });
    }

    private Page<DueRow> trips(Pageable pageable, CurrentUser user) {
        SearchSql sql = SearchSql.from(" from trip_view t join project p on p.id = t.project_id").where(DueWork.INVOICE_DUE);
        if (!user.seesWholeConsortium()) {
            sql.where(DueWork.TRIP_SCHOOL, "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        }
        return sql.page(jdbc, """
                        select t.id, t.name, p.number, (select string_agg(s.name, ', ' order by s.name) from school s
                                                         where s.id = any(t.school_ids)) as schools, t.start_date""",
                "t.start_date, t.id", pageable, (rs, n) -> new DueRow(rs.getLong("id"), rs.getString("name"),
                        rs.getString("number"), rs.getString("schools"), null, null,
                        rs.getObject("start_date", java.time.LocalDate.class)));
    }
}
