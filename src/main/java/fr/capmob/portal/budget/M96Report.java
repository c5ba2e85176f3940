package fr.capmob.portal.budget;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.account.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The M9.6 report: per school, the EU flat-rate income (the committed figure of {@link BudgetSql}) and what was
 * paid of it to participants, beside the school's real expenditure.
 *
 * <p>Issue 16 (national scale): one statement whose cost follows the page, not the consortium. The page's schools
 * are chosen first (in name order, by the index of migration V44_1), and only they are summed; the count and the
 * totals over every school of the scope are read from the money summary ({@link BudgetSql#SUMMARY}) and the
 * expenditure summary {@code budget_expenditure_sum} (V44_1: the invoices' sum per project and school, kept by
 * triggers), never from every mobility, payment or invoice.
 */
@Component
class M96Report {

    /** The schools of the report: the user's scope, and the project's schools when a project is chosen. */
    private static final String SCOPE = scope("s.id");

    private static final String PROJECT = "(:anyProject or %s.project_id = :project)";

    private static final String TOTALS = totals(BudgetSql.sums("", PROJECT.formatted("mm") + " and " + scope("mm.school_id")));

    /**
     * The totals of the whole consortium's report (no project chosen, a consortium-wide user): the money from the
     * per-project sums (V45_1), a few rows instead of one per school; the same figures, every row of the per-school
     * summary being in scope.
     */
    private static final String CONSORTIUM_TOTALS = totals(BudgetSql.projectSums("", "true"));

    private static final String PAGE_ROWS = """
            select p.id as school_id, p.name as school_name, ms.committed_total as income, ms.paid,
                   coalesce(x.spent, 0) as spent
            from (select s.id, s.name from school s where %1$s order by s.name, s.id limit :limit offset :offset) p
            cross join lateral (%2$s) ms
            cross join lateral (select sum(es.spent) as spent from budget_expenditure_sum es
                                where es.school_id = p.id and %3$s) x""".formatted(SCOPE,
            BudgetSql.sums("", "mm.school_id = p.id and " + PROJECT.formatted("mm")), PROJECT.formatted("es"));

    /** The totals on every row, and one row of totals alone (school null) when the page is empty. */
    private static final String PAGE = page(TOTALS);

    private static final String CONSORTIUM_PAGE = page(CONSORTIUM_TOTALS);

    private final JdbcClient jdbc;

    /**
     * The condition that a school (its id {@code school}) is in the report: the user's, and the project's when one is
     * chosen (an index probe for one school, one hashed lookup of the project's schools otherwise). The totals apply it to the summaries' school ids
     * directly: every one is a school's (mobilities and invoices reference the school table).
     */
    private static String scope(String school) {
        return ("(:anySchool or %1$s = :school) and (:anyProject or exists (select 1 from project_school ps"
                + " where ps.project_id = :project and ps.school_id = %1$s))").formatted(school);
    }

    private static String totals(String moneySums) {
        return """
                select (select count(*) from school s where %1$s) as total_rows, mt.committed_total as total_income,
                       mt.paid as total_paid, xt.spent as total_spent
                from (%2$s) mt,
                     (select coalesce(sum(es.spent), 0) as spent from budget_expenditure_sum es where %3$s) xt"""
                .formatted(SCOPE, moneySums, PROJECT.formatted("es") + " and " + scope("es.school_id"));
    }

    private static String page(String totals) {
        return """
                select t.*, r.* from (%s) t left join (%s) r on true
                order by r.school_name, r.school_id""".formatted(totals, PAGE_ROWS);
    }

    M96Report(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of rows with the count and the totals of all rows. A page beyond the last is read again as the last. */
    M96Page page(Long projectId, Pageable pageable, CurrentUser user) {
        M96Page page = read(projectId, pageable, user);
        if (page.rows().getContent().isEmpty() && pageable.getOffset() > 0 && page.rows().getTotalElements() > 0) {
            return read(projectId, ListQuery.within(pageable, page.rows().getTotalElements()), user);
        }
        return page;
    }

    private M96Page read(Long projectId, Pageable pageable, CurrentUser user) {
        Map<String, Object> params = params(projectId, user);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        long[] count = {0};
        M96Row[] total = {new M96Row(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)};
        List<M96Row> rows = new ArrayList<>();
        boolean wholeConsortium = projectId == null && user.seesWholeConsortium();
        jdbc.sql(wholeConsortium ? CONSORTIUM_PAGE : PAGE).params(params).query(rs -> {
            count[0] = rs.getLong("total_rows");
            total[0] = new M96Row(null, null, rs.getBigDecimal("total_income"), rs.getBigDecimal("total_paid"),
                    rs.getBigDecimal("total_spent"));
            if (rs.getObject("school_id") != null) {
                rows.add(new M96Row(rs.getLong("school_id"), rs.getString("school_name"), rs.getBigDecimal("income"),
                        rs.getBigDecimal("paid"), rs.getBigDecimal("spent")));
            }
        });
        return new M96Page(new PageImpl<>(rows, pageable, count[0]), total[0]);
    }

    private static Map<String, Object> params(Long projectId, CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("anyProject", projectId == null);
        params.put("project", projectId == null ? -1L : projectId);
        params.put("anySchool", user.seesWholeConsortium());
        params.put("school", user.schoolId() == null ? -1L : user.schoolId());
        return params;
    }
}
