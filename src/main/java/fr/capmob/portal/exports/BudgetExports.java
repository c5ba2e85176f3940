package fr.capmob.portal.exports;

import static fr.capmob.portal.exports.MobilityStatuses.COMMITTED;
import static fr.capmob.portal.exports.MobilityStatuses.COUNTED;
import static fr.capmob.portal.exports.MobilityStatuses.PLANNED;
import static fr.capmob.portal.exports.MobilityStatuses.SCOPE;

import java.math.BigDecimal;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The accountants' tables: budget by school, by budget item, per participant; payments and expenditure ledgers.
 * Each is one SQL statement scoped by school and project, streamed row by row to a {@link TableWriter}.
 * Grant items are exact in mobility_grant; sums are rounded to the cent once, at the end.
 */
@Component
class BudgetExports {

    static final List<String> ITEMS = List.of("TRAVEL", "INDIVIDUAL_SUPPORT", "ORGANISATIONAL_SUPPORT",
            "INCLUSION_SUPPORT", "EXCEPTIONAL_COSTS", "FORCE_MAJEURE");

    private static final String BY_SCHOOL = """
            with pairs as (
                select ps.project_id, ps.school_id from project_school ps
                where (cast(:school as bigint) is null or ps.school_id = :school)
                  and (cast(:project as bigint) is null or ps.project_id = :project)
                union
                select m.project_id, m.sending_school_id from mobility m where %1$s
            ), grants as (
                select m.project_id, m.sending_school_id as school_id,
                       sum(g.total) filter (where %2$s) as planned,
                       sum(g.total) filter (where %3$s) as committed
                from mobility m join mobility_grant g on g.mobility_id = m.id
                where %1$s
                group by m.project_id, m.sending_school_id
            ), paid as (
                select m.project_id, m.sending_school_id as school_id, sum(pay.amount) as paid
                from payment pay join mobility m on m.id = pay.mobility_id
                where %1$s
                group by m.project_id, m.sending_school_id
            ), spent as (
                select e.project_id, e.school_id, sum(e.amount) as spent from expenditure e
                where (cast(:school as bigint) is null or e.school_id = :school)
                  and (cast(:project as bigint) is null or e.project_id = :project)
                group by e.project_id, e.school_id
            ), granted as (
                select a.project_id, a.school_id, sum(a.amount) as granted from budget_allocation a
                group by a.project_id, a.school_id
            )
            select p.number, s.name, s.uai,
                   coalesce(gr.granted, 0) as granted, coalesce(g.planned, 0) as planned,
                   coalesce(g.committed, 0) as committed, coalesce(pd.paid, 0) as paid, coalesce(sp.spent, 0) as spent
            from pairs x
            join project p on p.id = x.project_id
            join school s on s.id = x.school_id
            left join granted gr on gr.project_id = x.project_id and gr.school_id = x.school_id
            left join grants g on g.project_id = x.project_id and g.school_id = x.school_id
            left join paid pd on pd.project_id = x.project_id and pd.school_id = x.school_id
            left join spent sp on sp.project_id = x.project_id and sp.school_id = x.school_id
            order by p.number, s.name, s.id
            """.formatted(SCOPE, PLANNED, COMMITTED);

    private static final String BY_ITEM = """
            with items (item, ord) as (
                values ('TRAVEL', 1), ('INDIVIDUAL_SUPPORT', 2), ('ORGANISATIONAL_SUPPORT', 3), ('INCLUSION_SUPPORT', 4),
                       ('EXCEPTIONAL_COSTS', 5), ('FORCE_MAJEURE', 6)
            ), projects as (
                select p.* from project p
                where (cast(:project as bigint) is null or p.id = :project)
                  and (cast(:school as bigint) is null
                       or exists (select 1 from project_school ps where ps.project_id = p.id and ps.school_id = :school)
                       or exists (select 1 from mobility m where m.project_id = p.id and m.sending_school_id = :school))
            ), amounts as (
                select m.project_id, x.item,
                       sum(x.amount) filter (where %2$s) as planned,
                       sum(x.amount) filter (where %3$s) as committed
                from mobility m
                join mobility_grant g on g.mobility_id = m.id
                cross join lateral (values ('TRAVEL', g.travel_support), ('INDIVIDUAL_SUPPORT', g.individual_support),
                    ('ORGANISATIONAL_SUPPORT', g.organisational_support),
                    ('INCLUSION_SUPPORT', g.inclusion_organisation + g.inclusion_participant),
                    ('EXCEPTIONAL_COSTS', g.exceptional_travel), ('FORCE_MAJEURE', g.force_majeure_costs)) as x (item, amount)
                where %1$s
                group by m.project_id, x.item
            )
            select p.number, i.item,
                   case when cast(:school as bigint) is null then
                            case i.item when 'TRAVEL' then p.granted_travel
                                        when 'INDIVIDUAL_SUPPORT' then p.granted_individual_support
                                        when 'ORGANISATIONAL_SUPPORT' then p.granted_organisational_support
                                        when 'INCLUSION_SUPPORT' then p.granted_inclusion_support
                                        when 'EXCEPTIONAL_COSTS' then p.granted_exceptional_costs end
                        else (select coalesce(sum(a.amount), 0) from budget_allocation a
                              where a.project_id = p.id and a.school_id = :school and a.item = i.item
                                and i.item <> 'FORCE_MAJEURE') end as granted,
                   round(coalesce(a.planned, 0), 2) as planned, round(coalesce(a.committed, 0), 2) as committed
            from projects p
            cross join items i
            left join amounts a on a.project_id = p.id and a.item = i.item
            order by p.number, i.ord
            """.formatted(SCOPE, PLANNED, COMMITTED);

    private static final String PER_PARTICIPANT = """
            select p.number, m.reference, s.name as school, m.student_id, m.staff_id,
                   coalesce(st.last_name, sf.last_name) as last_name, coalesce(st.first_name, sf.first_name) as first_name,
                   m.activity_type, m.status, m.start_date, m.end_date,
                   round(g.travel_support, 2) as travel, round(g.individual_support, 2) as individual,
                   round(g.organisational_support, 2) as organisational,
                   round(g.inclusion_organisation + g.inclusion_participant, 2) as inclusion,
                   round(g.exceptional_travel, 2) as exceptional, round(g.force_majeure_costs, 2) as force_majeure,
                   g.total, coalesce(pd.paid, 0) as paid
            from mobility m
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join mobility_grant g on g.mobility_id = m.id
            left join (select pay.mobility_id, sum(pay.amount) as paid from payment pay group by pay.mobility_id) pd
                   on pd.mobility_id = m.id
            where %1$s and %2$s
            order by p.number, m.reference
            """.formatted(SCOPE, COUNTED);

    private static final String PAYMENTS = """
            select pay.id, pay.paid_on, p.number, m.reference, s.name as school, m.student_id, m.staff_id,
                   coalesce(st.last_name, sf.last_name) as last_name, coalesce(st.first_name, sf.first_name) as first_name,
                   pay.kind, pay.method, pay.reference as payment_reference, pay.amount, pay.corrects_payment_id,
                   pay.created_by, pay.created_at
            from payment pay
            join mobility m on m.id = pay.mobility_id
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            where %1$s
            order by pay.paid_on, pay.id
            """.formatted(SCOPE);

    private static final String EXPENDITURE = """
            select e.id, e.spent_on, p.number, s.name as school, s.uai, e.category, e.supplier, e.invoice_number, e.amount,
                   m.reference as mobility_reference, t.name as trip, e.created_by
            from expenditure e
            join project p on p.id = e.project_id
            join school s on s.id = e.school_id
            left join mobility m on m.id = e.mobility_id
            left join trip t on t.id = e.trip_id
            where (cast(:school as bigint) is null or e.school_id = :school)
              and (cast(:project as bigint) is null or e.project_id = :project)
            order by e.spent_on, e.id
            """;

    private final StreamingReads reads;
    private final MessageSource messages;
    private final ParticipantCodes codes;

    BudgetExports(StreamingReads reads, MessageSource messages, ParticipantCodes codes) {
        this.reads = reads;
        this.messages = messages;
        this.codes = codes;
    }

    /** One row of the budget by school (also the PDF summary's first table). */
    record SchoolLine(String project, String school, String uai, BigDecimal granted, BigDecimal planned,
                      BigDecimal committed, BigDecimal paid, BigDecimal spent) {

        BigDecimal toPay() {
            return committed.subtract(paid);
        }

        BigDecimal committedLessSpent() {
            return committed.subtract(spent);
        }
    }

    /** One row of the budget by item (also the PDF summary's second table); granted is null for force majeure. */
    record ItemLine(String project, String item, BigDecimal granted, BigDecimal planned, BigDecimal committed) {

        BigDecimal remaining() {
            return granted == null ? null : granted.subtract(planned).subtract(committed);
        }
    }

    void bySchool(ExportRequest request, java.util.function.Consumer<SchoolLine> sink) {
        reads.each(BY_SCHOOL, scope(request), rs -> sink.accept(new SchoolLine(rs.getString("number"), rs.getString("name"),
                rs.getString("uai"), rs.getBigDecimal("granted"), rs.getBigDecimal("planned"),
                rs.getBigDecimal("committed"), rs.getBigDecimal("paid"), rs.getBigDecimal("spent"))));
    }

    void byItem(ExportRequest request, java.util.function.Consumer<ItemLine> sink) {
        reads.each(BY_ITEM, scope(request), rs -> sink.accept(new ItemLine(rs.getString("number"), rs.getString("item"),
                rs.getBigDecimal("granted"), rs.getBigDecimal("planned"), rs.getBigDecimal("committed"))));
    }

    void writeBySchool(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        writer.header(List.of(text("project", locale), text("school", locale), text("uai", locale),
                money("granted", locale), money("planned", locale), money("committed", locale), money("paid", locale),
                money("toPay", locale), money("spent", locale), money("committedLessSpent", locale)));
        bySchool(request, line -> writer.row(Arrays.asList(line.project(), line.school(), line.uai(), line.granted(),
                line.planned(), line.committed(), line.paid(), line.toPay(), line.spent(), line.committedLessSpent())));
    }

    void writeByItem(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        writer.header(List.of(text("project", locale), text("item", locale), money("granted", locale),
                money("planned", locale), money("committed", locale), money("remaining", locale)));
        byItem(request, line -> writer.row(Arrays.asList(line.project(), itemLabel(line.item(), locale), line.granted(),
                line.planned(), line.committed(), line.remaining())));
    }

    void writePerParticipant(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        boolean names = !request.pseudonymised();
        List<Column> columns = new ArrayList<>(List.of(text("project", locale), text("mobility", locale),
                text("school", locale), text("participantCode", locale)));
        if (names) {
            columns.add(text("lastName", locale));
            columns.add(text("firstName", locale));
        }
        columns.addAll(List.of(text("activity", locale), text("status", locale), date("start", locale), date("end", locale),
                money("travel", locale), money("individual", locale), money("organisational", locale),
                money("inclusion", locale), money("exceptional", locale), money("forceMajeure", locale),
                money("total", locale), money("paid", locale), money("toPay", locale)));
        writer.header(columns);
        reads.each(PER_PARTICIPANT, scope(request), rs -> {
            List<Object> row = new ArrayList<>(columns.size());
            row.addAll(Arrays.asList(rs.getString("number"), rs.getString("reference"), rs.getString("school"),
                    codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id"))));
            if (names) {
                row.add(rs.getString("last_name"));
                row.add(rs.getString("first_name"));
            }
            BigDecimal total = rs.getBigDecimal("total");
            BigDecimal paid = rs.getBigDecimal("paid");
            row.addAll(Arrays.asList(label("activity", rs.getString("activity_type"), locale),
                    label("status", rs.getString("status"), locale), localDate(rs, "start_date"), localDate(rs, "end_date"),
                    rs.getBigDecimal("travel"), rs.getBigDecimal("individual"), rs.getBigDecimal("organisational"),
                    rs.getBigDecimal("inclusion"), rs.getBigDecimal("exceptional"), rs.getBigDecimal("force_majeure"),
                    total, paid, total == null ? null : total.subtract(paid)));
            writer.row(row);
        });
    }

    void writePayments(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        boolean names = !request.pseudonymised();
        List<Column> columns = new ArrayList<>(List.of(new Column(text("paymentNumber", locale).header(), ColumnType.INTEGER),
                date("paidOn", locale), text("project", locale), text("mobility", locale), text("school", locale),
                text("participantCode", locale)));
        if (names) {
            columns.add(text("participant", locale));
        }
        columns.addAll(List.of(text("kind", locale), text("method", locale), text("reference", locale),
                money("amount", locale), new Column(text("corrects", locale).header(), ColumnType.INTEGER),
                text("recordedBy", locale), date("recordedOn", locale)));
        writer.header(columns);
        reads.each(PAYMENTS, scope(request), rs -> {
            List<Object> row = new ArrayList<>(columns.size());
            row.addAll(Arrays.asList(rs.getLong("id"), localDate(rs, "paid_on"), rs.getString("number"),
                    rs.getString("reference"), rs.getString("school"),
                    codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id"))));
            if (names) {
                row.add(rs.getString("last_name") + " " + rs.getString("first_name"));
            }
            row.addAll(Arrays.asList(label("paymentKind", rs.getString("kind"), locale),
                    label("method", rs.getString("method"), locale), rs.getString("payment_reference"),
                    rs.getBigDecimal("amount"), longOrNull(rs, "corrects_payment_id"), rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()));
            writer.row(row);
        });
    }

    void writeExpenditure(ExportRequest request, TableWriter writer) {
        Locale locale = request.locale();
        writer.header(List.of(new Column(text("expenditureNumber", locale).header(), ColumnType.INTEGER),
                date("spentOn", locale), text("project", locale), text("school", locale), text("uai", locale),
                text("category", locale), text("supplier", locale), text("invoice", locale), money("amount", locale),
                text("mobility", locale), text("trip", locale), text("recordedBy", locale)));
        reads.each(EXPENDITURE, scope(request), rs -> writer.row(Arrays.asList(rs.getLong("id"), localDate(rs, "spent_on"),
                rs.getString("number"), rs.getString("school"), rs.getString("uai"),
                label("category", rs.getString("category"), locale), rs.getString("supplier"),
                rs.getString("invoice_number"), rs.getBigDecimal("amount"), rs.getString("mobility_reference"),
                rs.getString("trip"), rs.getString("created_by"))));
    }

    String itemLabel(String item, Locale locale) {
        return label("item", item, locale);
    }

    static Map<String, Object> scope(ExportRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", request.schoolId());
        params.put("project", request.projectId());
        return params;
    }

    private String label(String group, String code, Locale locale) {
        return code == null ? null : messages.getMessage("exports." + group + "." + code, null, code, locale);
    }

    private Column text(String key, Locale locale) {
        return new Column(messages.getMessage("exports.col." + key, null, locale), ColumnType.TEXT);
    }

    private Column money(String key, Locale locale) {
        return new Column(messages.getMessage("exports.col." + key, null, locale), ColumnType.MONEY);
    }

    private Column date(String key, Locale locale) {
        return new Column(messages.getMessage("exports.col." + key, null, locale), ColumnType.DATE);
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
