package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets: the consortium overview, a project's budget per item and per school with the coordinator's
 * allocation of the grant to schools, a school's budget across its projects, and the M9.6 report. Every sum is
 * computed in SQL from {@link BudgetSql#GRANTS}, the payments and the expenditure, with a fixed number of
 * statements per page whatever the number of mobilities.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    /** The default advance share when a project has no setting yet (80% advance, 20% balance). */
    public static final BigDecimal DEFAULT_ADVANCE_SHARE = new BigDecimal("0.8000");

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static final String PROJECT_ROWS = """
            select p.id, p.number, p.title, p.start_date, %s as granted,
                   coalesce(gs.planned, 0) as planned, coalesce(gs.committed, 0) as committed, coalesce(pay.paid, 0) as paid
            from project p
            left join (select gr.project_id, sum(gr.total) filter (where gr.stage = 'PLANNED') as planned,
                              sum(gr.total) filter (where gr.stage = 'COMMITTED') as committed
                       from (%s) gr group by gr.project_id) gs on gs.project_id = p.id
            left join (select m.project_id, sum(pa.amount) as paid from payment pa join mobility m on m.id = pa.mobility_id
                       group by m.project_id) pay on pay.project_id = p.id
            """.formatted(BudgetSql.GRANTED_TOTAL, BudgetSql.GRANTS);

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    BudgetService(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    // ---- consortium overview

    /** Every project with its figures, newest first (callers: consortium-wide users only). */
    public Page<ProjectBudgetRow> overview(Pageable pageable) {
        long total = jdbc.sql("select count(*) from project").query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<ProjectBudgetRow> rows = jdbc.sql(PROJECT_ROWS + " order by p.start_date desc, p.id limit :limit offset :offset")
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new ProjectBudgetRow(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        figures(rs))).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The whole consortium's figures. */
    public BudgetFigures consortiumTotal() {
        return jdbc.sql("select coalesce(sum(granted), 0) as granted, coalesce(sum(planned), 0) as planned,"
                        + " coalesce(sum(committed), 0) as committed, coalesce(sum(paid), 0) as paid from (" + PROJECT_ROWS + ") x")
                .query((rs, n) -> figures(rs)).single();
    }

    private static BudgetFigures figures(ResultSet rs) throws SQLException {
        return new BudgetFigures(rs.getBigDecimal("granted"), rs.getBigDecimal("planned"), rs.getBigDecimal("committed"),
                rs.getBigDecimal("paid"));
    }

    // ---- one project

    public ProjectBudget project(long id) {
        record Head(String number, String title, ItemAmounts granted, BigDecimal paid, BigDecimal share, long version,
                    String updatedBy, Instant updatedAt) {
        }
        Head head = jdbc.sql("""
                        select p.number, p.title, p.granted_travel as travel, p.granted_individual_support as individual,
                               p.granted_organisational_support as organisational, p.granted_inclusion_support as inclusion,
                               p.granted_exceptional_costs as exceptional, %s as total,
                               (select coalesce(sum(pa.amount), 0) from payment pa join mobility m on m.id = pa.mobility_id
                                where m.project_id = p.id) as paid,
                               s.advance_share, coalesce(s.version, 0) as version, s.updated_by, s.updated_at
                        from project p left join project_payment_setting s on s.project_id = p.id where p.id = :id"""
                        .formatted(BudgetSql.GRANTED_TOTAL))
                .param("id", id)
                .query((rs, n) -> new Head(rs.getString("number"), rs.getString("title"), ItemAmounts.read(rs),
                        rs.getBigDecimal("paid"), rs.getBigDecimal("advance_share"), rs.getLong("version"),
                        rs.getString("updated_by"), instant(rs.getTimestamp("updated_at"))))
                .optional().orElseThrow(() -> new NotFoundException("project", id));
        Map<String, ItemAmounts> stages = new HashMap<>();
        jdbc.sql("select gr.stage, " + BudgetSql.ITEM_SUMS + " from (" + BudgetSql.GRANTS + " and m.project_id = :id) gr"
                        + " group by gr.stage")
                .param("id", id).query((rs, n) -> stages.put(rs.getString("stage"), ItemAmounts.read(rs))).list();
        Map<BudgetItem, BigDecimal> allocated = new EnumMap<>(BudgetItem.class);
        jdbc.sql("select item, sum(amount) from budget_allocation where project_id = :id group by item").param("id", id)
                .query((rs, n) -> allocated.put(BudgetItem.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return new ProjectBudget(id, head.number(), head.title(), head.granted(), ItemAmounts.ofItems(allocated),
                stages.getOrDefault("PLANNED", ItemAmounts.ZERO), stages.getOrDefault("COMMITTED", ItemAmounts.ZERO),
                head.paid(), head.share() == null ? DEFAULT_ADVANCE_SHARE : head.share(), head.version(),
                head.updatedBy(), head.updatedAt());
    }

    /** The member schools of a project, by name, each with its allocation, planned, committed and paid figures. */
    public Page<SchoolBudgetRow> projectSchools(long projectId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from project_school where project_id = :p").param("p", projectId)
                .query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, s.name from project_school ps join school s on s.id = ps.school_id
                        where ps.project_id = :p order by s.name, s.id limit :limit offset :offset""")
                .param("p", projectId).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return new PageImpl<>(rows(names, projectId, null), pageable, total);
    }

    // ---- one school

    /** The school's name, or 404 when it does not exist or is outside the user's scope. */
    public String schoolName(long schoolId, CurrentUser user) {
        if (!user.canRead(schoolId)) {
            throw new NotFoundException("school", schoolId);
        }
        return jdbc.sql("select name from school where id = :id").param("id", schoolId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("school", schoolId));
    }

    /** The projects of a school (newest first), each with the school's allocation and figures in it. */
    public Page<SchoolBudgetRow> schoolProjects(long schoolId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from project_school where school_id = :s").param("s", schoolId)
                .query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.number || ' — ' || p.title from project_school ps join project p on p.id = ps.project_id
                        where ps.school_id = :s order by p.start_date desc, p.id limit :limit offset :offset""")
                .param("s", schoolId).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> labels.put(rs.getLong(1), rs.getString(2))).list();
        return new PageImpl<>(rows(labels, null, schoolId), pageable, total);
    }

    /**
     * Rows for a page of schools of one project ({@code projectId} given) or of projects of one school
     * ({@code schoolId} given): three statements whatever the page size.
     */
    private List<SchoolBudgetRow> rows(Map<Long, String> labels, Long projectId, Long schoolId) {
        boolean bySchool = projectId != null;
        String key = bySchool ? "school_id" : "project_id";
        String fixed = bySchool ? "project_id" : "school_id";
        long fixedId = bySchool ? projectId : schoolId;
        List<Long> ids = List.copyOf(labels.keySet());
        Map<Long, Map<BudgetItem, BigDecimal>> allocated = new HashMap<>();
        jdbc.sql("select " + key + ", item, amount from budget_allocation where " + fixed + " = :fixed and " + key + " in (:ids)")
                .param("fixed", fixedId).param("ids", ids)
                .query((rs, n) -> allocated.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(BudgetItem.class))
                        .put(BudgetItem.valueOf(rs.getString(2)), rs.getBigDecimal(3))).list();
        Map<Long, Map<String, ItemAmounts>> grants = new HashMap<>();
        jdbc.sql("select gr." + key + " as k, gr.stage, " + BudgetSql.ITEM_SUMS + " from (" + BudgetSql.GRANTS
                        + " and m." + (bySchool ? "project_id" : "sending_school_id") + " = :fixed and m."
                        + (bySchool ? "sending_school_id" : "project_id") + " in (:ids)) gr group by gr." + key + ", gr.stage")
                .param("fixed", fixedId).param("ids", ids)
                .query((rs, n) -> grants.computeIfAbsent(rs.getLong("k"), k -> new HashMap<>())
                        .put(rs.getString("stage"), ItemAmounts.read(rs))).list();
        Map<Long, BigDecimal> paid = new HashMap<>();
        jdbc.sql("select m." + (bySchool ? "sending_school_id" : "project_id") + ", sum(pa.amount) from payment pa"
                        + " join mobility m on m.id = pa.mobility_id where m." + (bySchool ? "project_id" : "sending_school_id")
                        + " = :fixed and m." + (bySchool ? "sending_school_id" : "project_id") + " in (:ids) group by 1")
                .param("fixed", fixedId).param("ids", ids)
                .query((rs, n) -> paid.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        List<SchoolBudgetRow> rows = new ArrayList<>();
        labels.forEach((id, label) -> {
            Map<String, ItemAmounts> stages = grants.getOrDefault(id, Map.of());
            rows.add(new SchoolBudgetRow(id, label, ItemAmounts.ofItems(allocated.getOrDefault(id, Map.of())),
                    stages.getOrDefault("PLANNED", ItemAmounts.ZERO), stages.getOrDefault("COMMITTED", ItemAmounts.ZERO),
                    paid.getOrDefault(id, ZERO)));
        });
        return rows;
    }

    // ---- M9.6

    private static final String M96 = """
            select s.id as school_id, s.name as school_name, coalesce(i.income, 0) as income, coalesce(pd.paid, 0) as paid,
                   coalesce(x.spent, 0) as spent
            from school s
            left join (select gr.school_id, sum(gr.total) as income from (%s and (:anyProject or m.project_id = :project)) gr
                       where gr.stage = 'COMMITTED' group by gr.school_id) i on i.school_id = s.id
            left join (select m.sending_school_id as school_id, sum(pa.amount) as paid from payment pa
                       join mobility m on m.id = pa.mobility_id where (:anyProject or m.project_id = :project)
                       group by m.sending_school_id) pd on pd.school_id = s.id
            left join (select e.school_id, sum(e.amount) as spent from expenditure e
                       where (:anyProject or e.project_id = :project) group by e.school_id) x on x.school_id = s.id
            where (:anySchool or s.id = :school)
              and (:anyProject or s.id in (select ps.school_id from project_school ps where ps.project_id = :project))
            """.formatted(BudgetSql.GRANTS);

    /** The M9.6 report, one row per school in the user's scope (and in the project, when one is chosen). */
    public Page<M96Row> m96(Long projectId, Pageable pageable, CurrentUser user) {
        Map<String, Object> params = m96Params(projectId, user);
        long total = jdbc.sql("select count(*) from (" + M96 + ") x").params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<M96Row> rows = jdbc.sql(M96 + " order by s.name, s.id limit :limit offset :offset").params(params)
                .query((rs, n) -> new M96Row(rs.getLong("school_id"), rs.getString("school_name"), rs.getBigDecimal("income"),
                        rs.getBigDecimal("paid"), rs.getBigDecimal("spent"))).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The M9.6 totals over every school of the user's scope. */
    public M96Row m96Total(Long projectId, CurrentUser user) {
        return jdbc.sql("select coalesce(sum(income), 0) as income, coalesce(sum(paid), 0) as paid,"
                        + " coalesce(sum(spent), 0) as spent from (" + M96 + ") x")
                .params(m96Params(projectId, user))
                .query((rs, n) -> new M96Row(null, null, rs.getBigDecimal("income"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("spent"))).single();
    }

    private static Map<String, Object> m96Params(Long projectId, CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("anyProject", projectId == null);
        params.put("project", projectId == null ? -1L : projectId);
        params.put("anySchool", user.seesWholeConsortium());
        params.put("school", user.schoolId() == null ? -1L : user.schoolId());
        return params;
    }

    // ---- allocation and advance share (coordinators)

    /**
     * Saves the allocation of the schools shown on the form (other schools' allocations are kept) and the
     * advance share, under the project's budget version. Per item, the allocations of all schools together must
     * not exceed the item's granted amount.
     *
     * @param amounts per school, per item; a missing amount means 0
     * @throws ConcurrentEditException when the budget was saved by someone else since {@code version} was read
     * @throws BudgetRuleException     when an amount is negative or an item is over-allocated (nothing saved)
     */
    @Transactional
    public void saveAllocations(long projectId, long version, Map<Long, Map<BudgetItem, BigDecimal>> amounts,
                                BigDecimal advanceShare, CurrentUser user) {
        ProjectBudget budget = project(projectId);
        List<BudgetRuleException.Violation> violations = new ArrayList<>();
        if (advanceShare == null || advanceShare.signum() < 0 || advanceShare.compareTo(BigDecimal.ONE) > 0
                || advanceShare.scale() > 4) {
            violations.add(new BudgetRuleException.Violation("advanceSharePercent", "budget.allocation.share.invalid"));
        }
        Set<Long> members = Set.copyOf(jdbc.sql("select school_id from project_school where project_id = :p")
                .param("p", projectId).query(Long.class).list());
        Map<BudgetItem, BigDecimal> others = new EnumMap<>(BudgetItem.class);
        jdbc.sql("select school_id, item, amount from budget_allocation where project_id = :p").param("p", projectId)
                .query((rs, n) -> {
                    if (!amounts.containsKey(rs.getLong(1))) {
                        others.merge(BudgetItem.valueOf(rs.getString(2)), rs.getBigDecimal(3), BigDecimal::add);
                    }
                    return null;
                }).list();
        Map<BudgetItem, BigDecimal> totals = new EnumMap<>(others);
        amounts.forEach((school, items) -> {
            if (!members.contains(school)) {
                throw new NotFoundException("school of project", school);
            }
            items.forEach((item, amount) -> {
                if (amount.signum() < 0 || amount.scale() > 2) {
                    violations.add(new BudgetRuleException.Violation("amounts[" + school + "-" + item.name() + "]",
                            "budget.allocation.amount.invalid"));
                } else {
                    totals.merge(item, amount, BigDecimal::add);
                }
            });
        });
        for (BudgetItem item : BudgetItem.values()) {
            BigDecimal total = totals.getOrDefault(item, ZERO);
            if (total.compareTo(budget.granted().get(item)) > 0) {
                violations.add(new BudgetRuleException.Violation(null, "budget.allocation.overGranted",
                        item.name(), total, budget.granted().get(item)));
            }
        }
        if (!violations.isEmpty()) {
            throw new BudgetRuleException(violations);
        }
        // the row exists from here on (version 0 when new), locked: a concurrent save waits, then sees the new version
        jdbc.sql("insert into project_payment_setting (project_id) values (:p) on conflict do nothing").param("p", projectId).update();
        ProjectPaymentSetting setting = entityManager.find(ProjectPaymentSetting.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (setting.version() != version) {
            throw new ConcurrentEditException(setting.updatedBy(), setting.updatedAt(), setting.version());
        }
        setting.update(advanceShare.setScale(4, RoundingMode.UNNECESSARY), user.email());
        amounts.forEach((school, items) -> items.forEach((item, amount) -> jdbc.sql("""
                        insert into budget_allocation (project_id, school_id, item, amount, updated_by)
                        values (:p, :s, :item, :amount, :by)
                        on conflict (project_id, school_id, item) do update set amount = excluded.amount,
                            version = budget_allocation.version + 1, updated_at = now(), updated_by = excluded.updated_by
                        where budget_allocation.amount <> excluded.amount""")
                .param("p", projectId).param("s", school).param("item", item.name()).param("amount", amount)
                .param("by", user.email()).update()));
        entityManager.flush();
    }

    /** The advance share of a project (the default 80% when it has no setting). */
    public BigDecimal advanceShare(long projectId) {
        return jdbc.sql("select advance_share from project_payment_setting where project_id = :p").param("p", projectId)
                .query(BigDecimal.class).optional().orElse(DEFAULT_ADVANCE_SHARE);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
