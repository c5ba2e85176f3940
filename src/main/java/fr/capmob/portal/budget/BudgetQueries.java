package fr.capmob.portal.budget;

import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The budget pages' statements: every figure comes from {@link BudgetSql#sums}, grouped in SQL, so a page issues the
 * same statements whatever the number of mobilities.
 */
@Component
class BudgetQueries {

    /** The project's granted amount per item, as {@code granted_<item>} and {@code granted_total}. */
    private static final String GRANTED_ITEMS = Arrays.stream(BudgetItem.values())
            .map(item -> BudgetSql.grantedColumn(item) + " as granted_" + BudgetSql.column(item))
            .collect(Collectors.joining(", ")) + ", " + BudgetSql.GRANTED_TOTAL + " as granted_total";

    private final JdbcClient jdbc;

    BudgetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of projects, newest first, with their figures, and the number of projects (a window over the same rows). */
    Page<ProjectBudgetRow> projects(Pageable pageable) {
        long[] count = {0};
        List<ProjectBudgetRow> rows = jdbc.sql("""
                        select p.id, p.number, p.title, %s as granted, count(*) over () as total_rows, s.*
                        from project p left join (%s) s on s.project_id = p.id
                        order by p.start_date desc, p.id limit :limit offset :offset"""
                        .formatted(BudgetSql.GRANTED_TOTAL, BudgetSql.projectSums("mm.project_id", "true")))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    count[0] = rs.getLong("total_rows");
                    return new ProjectBudgetRow(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                            sumsOrZero(rs).figures(rs.getBigDecimal("granted")));
                }).list();
        return new PageImpl<>(rows, pageable, count[0]);
    }

    BudgetFigures consortium() {
        return jdbc.sql("select g.granted, s.* from (select coalesce(sum(%s), 0) as granted from project p) g cross join (%s) s"
                        .formatted(BudgetSql.GRANTED_TOTAL, BudgetSql.projectSums("", "true")))
                .query((rs, n) -> MoneySums.read(rs).figures(rs.getBigDecimal("granted"))).single();
    }

    /** The project's granted amounts, settings and sums (allocations not included: see {@link #allocated}). */
    ProjectBudget project(long id, Map<BudgetItem, BigDecimal> allocated) {
        return jdbc.sql("""
                        select p.number, p.title, %s, st.advance_share, coalesce(st.version, 0) as version, st.updated_by,
                               st.updated_at, s.*
                        from project p left join project_payment_setting st on st.project_id = p.id
                        cross join (%s) s where p.id = :id"""
                        .formatted(GRANTED_ITEMS, BudgetSql.projectSums("", "mm.project_id = :id")))
                .param("id", id)
                .query((rs, n) -> {
                    MoneySums sums = MoneySums.read(rs);
                    BigDecimal share = rs.getBigDecimal("advance_share");
                    return new ProjectBudget(id, rs.getString("number"), rs.getString("title"), ItemAmounts.read(rs, "granted_"),
                            ItemAmounts.ofItems(allocated), sums.planned(), sums.committed(), sums.paid(),
                            share == null ? BudgetService.DEFAULT_ADVANCE_SHARE : share, rs.getLong("version"),
                            rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
                })
                .optional().orElseThrow(() -> new NotFoundException("project", id));
    }

    /** What the project allocated to its schools, per item (kept per project by a trigger, migration V45_1). */
    Map<BudgetItem, BigDecimal> allocated(long projectId) {
        Map<BudgetItem, BigDecimal> allocated = new EnumMap<>(BudgetItem.class);
        jdbc.sql("select item, amount from budget_project_allocation_sum where project_id = :id").param("id", projectId)
                .query((rs, n) -> allocated.put(BudgetItem.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return allocated;
    }

    /**
     * Rows for a page of schools of one project ({@code projectId} given) or of projects of one school
     * ({@code schoolId} given), labelled by id: two statements whatever the page size.
     */
    List<SchoolBudgetRow> rows(Map<Long, String> labels, Long projectId, Long schoolId) {
        if (labels.isEmpty()) {
            return List.of();
        }
        boolean bySchool = projectId != null;
        String key = bySchool ? "school_id" : "project_id";
        String fixed = bySchool ? "project_id" : "school_id";
        Map<String, Object> params = Map.of("fixed", bySchool ? projectId : schoolId, "ids", List.copyOf(labels.keySet()));
        Map<Long, Map<BudgetItem, BigDecimal>> allocated = new HashMap<>();
        jdbc.sql("select " + key + ", item, amount from budget_allocation where " + fixed + " = :fixed and " + key + " in (:ids)")
                .params(params)
                .query((rs, n) -> allocated.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(BudgetItem.class))
                        .put(BudgetItem.valueOf(rs.getString(2)), rs.getBigDecimal(3))).list();
        Map<Long, MoneySums> sums = new HashMap<>();
        jdbc.sql(BudgetSql.sums("mm." + key, "mm." + fixed + " = :fixed and mm." + key + " in (:ids)")).params(params)
                .query((rs, n) -> sums.put(rs.getLong(key), MoneySums.read(rs))).list();
        return labels.entrySet().stream().map(label -> {
            MoneySums money = sums.getOrDefault(label.getKey(), MoneySums.ZERO);
            return new SchoolBudgetRow(label.getKey(), label.getValue(),
                    ItemAmounts.ofItems(allocated.getOrDefault(label.getKey(), Map.of())), money.planned(),
                    money.committed(), money.paid());
        }).toList();
    }

    /** The sums of a row left-joined to {@link BudgetSql#sums}: zero when nothing matched. */
    static MoneySums sumsOrZero(ResultSet rs) throws SQLException {
        return rs.getBigDecimal("paid") == null ? MoneySums.ZERO : MoneySums.read(rs);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
