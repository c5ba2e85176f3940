package fr.capmob.portal.exports;

import fr.capmob.portal.budget.BudgetFigures;
import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.budget.BudgetScope;
import fr.capmob.portal.budget.BudgetSql;
import fr.capmob.portal.budget.BudgetTables;
import fr.capmob.portal.budget.MobilityMoney;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The accountants' budget tables: by school, by budget item (figures from the budget module's {@link BudgetTables},
 * the same as the budget pages) and per participant (streamed, one SQL statement whose money columns are the budget
 * module's {@link BudgetSql#MOBILITY_MONEY}): every mobility that counts in a budget, and any other that was paid
 * (an ordinary cancellation's payments are money to recover).
 */
@Component
class BudgetExports {

    private static final String PER_PARTICIPANT = """
            select p.number, m.reference, s.name as school, m.student_id, m.staff_id,
                   coalesce(st.last_name, sf.last_name) as last_name, coalesce(st.first_name, sf.first_name) as first_name,
                   m.activity_type, m.status, m.start_date, m.end_date, m.has_grant, mm.*
            from mobility_view m
            join (%s) mm on mm.mobility_id = m.id
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            where (m.counted or mm.paid <> 0)
              and (cast(:school as bigint) is null or mm.school_id = :school)
              and (cast(:project as bigint) is null or mm.project_id = :project)
            order by p.number, m.reference
            """.formatted(BudgetSql.MOBILITY_MONEY);

    private final BudgetTables tables;
    private final StreamingReads reads;
    private final ExportTexts texts;
    private final ParticipantCodes codes;

    BudgetExports(BudgetTables tables, StreamingReads reads, ExportTexts texts, ParticipantCodes codes) {
        this.tables = tables;
        this.reads = reads;
        this.texts = texts;
        this.codes = codes;
    }

    void writeBySchool(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        writer.header(List.of(texts.text("project", locale), texts.text("school", locale), texts.text("uai", locale),
                texts.money("granted", locale), texts.money("planned", locale), texts.money("committed", locale),
                texts.money("paid", locale), texts.money("toPay", locale), texts.money("toRecover", locale),
                texts.money("spent", locale), texts.money("committedLessSpent", locale)));
        tables.bySchool(budgetScope(request)).forEach(line -> {
            BudgetFigures f = line.figures();
            writer.row(Arrays.asList(line.projectNumber(), line.schoolName(), line.uai(), f.granted(), f.planned(),
                    f.committed(), f.paid(), f.stillToPay(), f.toRecover(), line.spent(), line.committedLessSpent()));
        });
    }

    void writeByItem(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        writer.header(List.of(texts.text("project", locale), texts.text("item", locale), texts.money("granted", locale),
                texts.money("planned", locale), texts.money("committed", locale), texts.money("remaining", locale)));
        tables.byItem(budgetScope(request)).forEach(line -> {
            BudgetFigures f = line.figures();
            writer.row(Arrays.asList(line.projectNumber(), itemLabel(line.item(), locale), f.granted(), f.planned(),
                    f.committed(), f.available()));
        });
    }

    void writePerParticipant(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        boolean names = !request.pseudonymised();
        List<Column> columns = new ArrayList<>(List.of(texts.text("project", locale), texts.text("mobility", locale),
                texts.text("school", locale), texts.text("participantCode", locale)));
        if (names) {
            columns.addAll(List.of(texts.text("lastName", locale), texts.text("firstName", locale)));
        }
        columns.addAll(List.of(texts.text("activity", locale), texts.text("status", locale), texts.date("start", locale),
                texts.date("end", locale)));
        for (String key : List.of("travel", "individual", "organisational", "inclusion", "exceptional", "total", "paid",
                "toPay", "toRecover")) {
            columns.add(texts.money(key, locale));
        }
        writer.header(columns);
        reads.each(PER_PARTICIPANT, scope(request), rs -> writer.row(participantRow(rs, names, locale)));
    }

    private List<Object> participantRow(ResultSet rs, boolean names, Locale locale) throws SQLException {
        List<Object> row = new ArrayList<>(Arrays.asList(rs.getString("number"), rs.getString("reference"),
                rs.getString("school"), codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id"))));
        if (names) {
            row.addAll(Arrays.asList(rs.getString("last_name"), rs.getString("first_name")));
        }
        row.addAll(Arrays.asList(texts.label("activity", rs.getString("activity_type"), locale),
                texts.label("status", rs.getString("status"), locale), localDate(rs, "start_date"),
                localDate(rs, "end_date")));
        MobilityMoney money = MobilityMoney.read(rs);
        boolean granted = rs.getBoolean("has_grant");
        for (BudgetItem item : BudgetItem.values()) {
            row.add(granted ? money.amounts().get(item) : null);
        }
        BudgetFigures figures = money.figures();
        row.addAll(Arrays.asList(granted ? money.owed() : null, figures.paid(), figures.stillToPay(), figures.toRecover()));
        return row;
    }

    String itemLabel(BudgetItem item, Locale locale) {
        return texts.label("item", item.name(), locale);
    }

    static BudgetScope budgetScope(ExportRequest request) {
        return new BudgetScope(request.projectId(), request.schoolId());
    }

    static Map<String, Object> scope(ExportRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", request.schoolId());
        params.put("project", request.projectId());
        return params;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
