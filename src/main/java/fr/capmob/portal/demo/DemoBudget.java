package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.MobilityStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo consortium's budgets, payments and expenditure, loaded after the mobilities (and their grants, when the
 * grant computation has stored them): each project's grant allocated to its schools item by item in proportion to
 * what their mobilities use (equal shares when no grant is stored yet), the 80% advance setting, advances for
 * committed mobilities (confirmed and later), balances for reported ones, force-majeure costs paid, and per group
 * trip a travel booking and an insurance invoice. Copes with no grant at all (then no payment is recorded).
 * Reads the mobilities through the mobility module's view {@code mobility_view}: its stage and its budget figures
 * ({@code budget_*}), the budget's own definition of what a mobility weighs.
 */
@Component
class DemoBudget {

    static final String ACCOUNTANT = "comptable.gip@capmob.example";
    private static final String[] ITEMS = {"TRAVEL", "INDIVIDUAL_SUPPORT", "ORGANISATIONAL_SUPPORT", "INCLUSION_SUPPORT",
            "EXCEPTIONAL_COSTS"};
    /** What each school's mobilities weigh in each budget item (in the order of {@link #ITEMS}). */
    private static final String USED_PER_ITEM = """
            select project_id, sending_school_id, sum(budget_travel), sum(budget_individual), sum(budget_organisational),
                   sum(budget_inclusion), sum(budget_exceptional)
            from mobility_view where budget_stage is not null
            group by project_id, sending_school_id""";

    private record Project(long id, BigDecimal[] granted) {
    }

    private final JdbcTemplate jdbc;

    DemoBudget(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return payments and invoices recorded, for the start-up log */
    @Transactional
    String load() {
        jdbc.update("insert into project_payment_setting (project_id, advance_share, updated_by) select id, 0.8, 'demo' from project"
                + " on conflict do nothing");
        allocate();
        return payments() + " payments, " + invoices() + " invoices";
    }

    private int payments() {
        int advances = jdbc.update("""
                insert into payment (mobility_id, kind, paid_on, amount, method, reference, created_at, created_by)
                select m.id, 'ADVANCE', m.start_date - 21, round(m.budget_total * 0.8, 2), 'TRANSFER', 'VIR-AV-' || m.reference,
                       (m.start_date - 21)::timestamptz + interval '10 hours', ?
                from mobility_view m
                where m.stage = 'COMMITTED' and round(m.budget_total * 0.8, 2) > 0""", ACCOUNTANT);
        int balances = jdbc.update("""
                insert into payment (mobility_id, kind, paid_on, amount, method, reference, created_at, created_by)
                select m.id, 'BALANCE', m.end_date + 40, m.budget_total - round(m.budget_total * 0.8, 2), 'TRANSFER',
                       'VIR-SO-' || m.reference, (m.end_date + 40)::timestamptz + interval '10 hours', ?
                from mobility_view m
                where m.status = ? and m.budget_total - round(m.budget_total * 0.8, 2) > 0""",
                ACCOUNTANT, MobilityStatus.REPORTED.name());
        int forceMajeure = jdbc.update("""
                insert into payment (mobility_id, kind, paid_on, amount, method, reference, note, created_at, created_by)
                select m.id, 'BALANCE', date '2020-06-30', m.budget_total, 'TRANSFER', 'VIR-FM-' || m.reference,
                       'Frais engagés avant l’annulation (force majeure)', timestamptz '2020-06-30 10:00:00+02', ?
                from mobility_view m
                where m.stage = 'CANCELLED_FORCE_MAJEURE' and m.budget_total > 0""", ACCOUNTANT);
        return advances + balances + forceMajeure;
    }

    /** Per group trip (one school each in the demo): the travel booking and the insurance, by participant. */
    private int invoices() {
        return jdbc.update("""
                insert into expenditure (project_id, school_id, trip_id, category, supplier, invoice_number, amount, spent_on,
                                         created_at, updated_at, created_by, updated_by)
                select t.project_id, ts.school_id, t.id, x.category, x.supplier, x.prefix || t.id, x.rate * count(m.id),
                       t.start_date - x.days_before, (t.start_date - x.days_before + 2)::timestamptz + interval '9 hours',
                       (t.start_date - x.days_before + 2)::timestamptz + interval '9 hours', ?, ?
                from trip_view t cross join unnest(t.school_ids) as ts(school_id) join mobility_view m on m.trip_id = t.id
                cross join (values ('TRAVEL_BOOKING', 'Selectour Voyages', 'SEL-', 245.00, 60),
                                   ('INSURANCE', 'MAIF Établissements', 'MAIF-', 12.50, 30)) as x(category, supplier, prefix, rate, days_before)
                group by t.id, t.project_id, t.start_date, ts.school_id, x.category, x.supplier, x.prefix, x.rate, x.days_before""",
                ACCOUNTANT, ACCOUNTANT);
    }

    /** Each item's granted amount shared among the project's schools by use (equal shares without use), cents floored. */
    private void allocate() {
        Map<String, BigDecimal[]> used = usedPerItem();
        List<Project> projects = jdbc.query("""
                select id, granted_travel, granted_individual_support, granted_organisational_support,
                       granted_inclusion_support, granted_exceptional_costs from project order by id""",
                (rs, n) -> new Project(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)}));
        List<Object[]> rows = new ArrayList<>();
        for (Project project : projects) {
            List<Long> schools = jdbc.queryForList("select school_id from project_school where project_id = ? order by school_id",
                    Long.class, project.id());
            for (int i = 0; i < ITEMS.length && !schools.isEmpty(); i++) {
                rows.addAll(shares(project, i, schools, used));
            }
        }
        jdbc.batchUpdate("insert into budget_allocation (project_id, school_id, item, amount, updated_by) values (?, ?, ?, ?, 'demo')",
                rows);
    }

    private Map<String, BigDecimal[]> usedPerItem() {
        Map<String, BigDecimal[]> used = new HashMap<>();
        jdbc.query(USED_PER_ITEM, rs -> {
            BigDecimal[] amounts = new BigDecimal[ITEMS.length];
            for (int i = 0; i < ITEMS.length; i++) {
                amounts[i] = rs.getBigDecimal(3 + i);
            }
            used.put(rs.getLong(1) + "/" + rs.getLong(2), amounts);
        });
        return used;
    }

    /** The allocation rows of one item of a project: each school's share, when above zero. */
    private static List<Object[]> shares(Project project, int item, List<Long> schools, Map<String, BigDecimal[]> used) {
        BigDecimal total = BigDecimal.ZERO;
        for (long school : schools) {
            total = total.add(weight(used, project.id(), school, item));
        }
        List<Object[]> rows = new ArrayList<>();
        for (long school : schools) {
            BigDecimal share = total.signum() == 0
                    ? project.granted()[item].divide(BigDecimal.valueOf(schools.size()), 2, RoundingMode.FLOOR)
                    : project.granted()[item].multiply(weight(used, project.id(), school, item)).divide(total, 2, RoundingMode.FLOOR);
            if (share.signum() > 0) {
                rows.add(new Object[] {project.id(), school, ITEMS[item], share});
            }
        }
        return rows;
    }

    private static BigDecimal weight(Map<String, BigDecimal[]> used, long project, long school, int item) {
        BigDecimal[] amounts = used.get(project + "/" + school);
        return amounts == null ? BigDecimal.ZERO : amounts[item];
    }
}
