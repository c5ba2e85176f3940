package fr.capmob.portal.exports;

import static fr.capmob.portal.exports.BudgetExports.localDate;
import static fr.capmob.portal.exports.BudgetExports.longOrNull;
import static fr.capmob.portal.exports.BudgetExports.scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The payments and expenditure ledgers, each one SQL statement scoped by school and project, streamed row by row. */
@Component
class LedgerExports {

    private static final String PAYMENTS = """
            select pay.id, pay.paid_on, p.number, m.reference, s.name as school, m.student_id, m.staff_id,
                   coalesce(st.last_name, sf.last_name) as last_name, coalesce(st.first_name, sf.first_name) as first_name,
                   pay.kind, pay.method, pay.reference as payment_reference, pay.amount, pay.corrects_payment_id,
                   pay.created_by, pay.created_at, u.id as user_id, u.role as user_role
            from payment pay
            join mobility_view m on m.id = pay.mobility_id
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join app_user u on u.email = pay.created_by
            where (cast(:school as bigint) is null or m.sending_school_id = :school)
              and (cast(:project as bigint) is null or m.project_id = :project)
            order by pay.paid_on, pay.id
            """;

    private static final String EXPENDITURE = """
            select e.id, e.spent_on, p.number, s.name as school, s.uai, e.category, e.supplier, e.invoice_number, e.amount,
                   m.reference as mobility_reference, t.name as trip, e.created_by, u.id as user_id, u.role as user_role
            from expenditure e
            join project p on p.id = e.project_id
            join school s on s.id = e.school_id
            left join mobility_view m on m.id = e.mobility_id
            left join trip_view t on t.id = e.trip_id
            left join app_user u on u.email = e.created_by
            where (cast(:school as bigint) is null or e.school_id = :school)
              and (cast(:project as bigint) is null or e.project_id = :project)
            order by e.spent_on, e.id
            """;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final StreamingReads reads;
    private final ExportTexts texts;
    private final ParticipantCodes codes;

    LedgerExports(StreamingReads reads, ExportTexts texts, ParticipantCodes codes) {
        this.reads = reads;
        this.texts = texts;
        this.codes = codes;
    }

    void writePayments(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        boolean names = !request.pseudonymised();
        List<Column> columns = new ArrayList<>(List.of(texts.column("paymentNumber", ColumnType.INTEGER, locale),
                texts.date("paidOn", locale), texts.text("project", locale), texts.text("mobility", locale),
                texts.text("school", locale), texts.text("participantCode", locale)));
        if (names) {
            columns.add(texts.text("participant", locale));
        }
        columns.addAll(List.of(texts.text("kind", locale), texts.text("method", locale), texts.text("reference", locale),
                texts.money("amount", locale), texts.column("corrects", ColumnType.INTEGER, locale),
                texts.text("recordedBy", locale), texts.date("recordedOn", locale)));
        writer.header(columns);
        reads.each(PAYMENTS, scope(request), rs -> writer.row(paymentRow(rs, names, locale)));
    }

    private List<Object> paymentRow(ResultSet rs, boolean names, Locale locale) throws SQLException {
        List<Object> row = new ArrayList<>(Arrays.asList(rs.getLong("id"), localDate(rs, "paid_on"), rs.getString("number"),
                rs.getString("reference"), rs.getString("school"),
                codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id"))));
        if (names) {
            row.add(rs.getString("last_name") + " " + rs.getString("first_name"));
        }
        row.addAll(Arrays.asList(texts.label("paymentKind", rs.getString("kind"), locale),
                texts.label("method", rs.getString("method"), locale), rs.getString("payment_reference"),
                rs.getBigDecimal("amount"), longOrNull(rs, "corrects_payment_id"), recordedBy(rs, !names, locale),
                rs.getTimestamp("created_at").toInstant().atZone(PARIS).toLocalDate()));
        return row;
    }

    /**
     * Who entered the row: their e-mail, or in a pseudonymised file their role and a stable user code (HMAC of the
     * user's id, as the participant codes) that tells rows of one person apart without naming them.
     */
    private String recordedBy(ResultSet rs, boolean pseudonymised, Locale locale) throws SQLException {
        String createdBy = rs.getString("created_by");
        if (!pseudonymised) {
            return createdBy;
        }
        Long userId = longOrNull(rs, "user_id");
        if (userId == null) {
            return "U-" + codes.code("E" + createdBy);
        }
        return texts.label("role", rs.getString("user_role"), locale) + " U-" + codes.code("U" + userId);
    }

    void writeExpenditure(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        boolean pseudonymised = request.pseudonymised();
        writer.header(List.of(texts.column("expenditureNumber", ColumnType.INTEGER, locale), texts.date("spentOn", locale),
                texts.text("project", locale), texts.text("school", locale), texts.text("uai", locale),
                texts.text("category", locale), texts.text("supplier", locale), texts.text("invoice", locale),
                texts.money("amount", locale), texts.text("mobility", locale), texts.text("trip", locale),
                texts.text("recordedBy", locale)));
        reads.each(EXPENDITURE, scope(request), rs -> writer.row(Arrays.asList(rs.getLong("id"), localDate(rs, "spent_on"),
                rs.getString("number"), rs.getString("school"), rs.getString("uai"),
                texts.label("category", rs.getString("category"), locale), rs.getString("supplier"),
                rs.getString("invoice_number"), rs.getBigDecimal("amount"), rs.getString("mobility_reference"),
                rs.getString("trip"), recordedBy(rs, pseudonymised, locale))));
    }
}
