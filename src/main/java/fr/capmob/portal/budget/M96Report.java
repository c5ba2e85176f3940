package fr.capmob.portal.budget;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.account.CurrentUser;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The M9.6 report: per school, the EU flat-rate income (the committed figure of {@link BudgetSql}) and what was
 * paid of it to participants, beside the school's real expenditure.
 */
@Component
class M96Report {

    private static final String ROWS = """
            select s.id as school_id, s.name as school_name, coalesce(ms.committed_total, 0) as income,
                   coalesce(ms.paid, 0) as paid, coalesce(x.spent, 0) as spent
            from school s
            left join (%s) ms on ms.school_id = s.id
            left join (select e.school_id, sum(e.amount) as spent from expenditure e
                       where (:anyProject or e.project_id = :project) group by e.school_id) x on x.school_id = s.id
            where (:anySchool or s.id = :school)
              and (:anyProject or s.id in (select ps.school_id from project_school ps where ps.project_id = :project))
            """.formatted(BudgetSql.sums("mm.school_id", ":anyProject or mm.project_id = :project"));

    private static final String PAGE = """
            select r.*, count(*) over () as total_rows, sum(r.income) over () as total_income,
                   sum(r.paid) over () as total_paid, sum(r.spent) over () as total_spent
            from (%s) r order by r.school_name, r.school_id limit :limit offset :offset""".formatted(ROWS);

    private final JdbcClient jdbc;

    M96Report(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of rows with the count and the totals of all rows, by window functions over the one aggregate (issue 16:
     * the count, the page and the total were three runs of it). A page beyond the last is read again as the last.
     */
    M96Page page(Long projectId, Pageable pageable, CurrentUser user) {
        M96Page page = read(projectId, pageable, user);
        if (page.rows().getContent().isEmpty() && pageable.getOffset() > 0) {
            long total = read(projectId, PageRequest.of(0, 1), user).rows().getTotalElements();
            return read(projectId, ListQuery.within(pageable, total), user);
        }
        return page;
    }

    private M96Page read(Long projectId, Pageable pageable, CurrentUser user) {
        Map<String, Object> params = params(projectId, user);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        long[] count = {0};
        M96Row[] total = {new M96Row(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)};
        List<M96Row> rows = jdbc.sql(PAGE).params(params).query((rs, n) -> {
            count[0] = rs.getLong("total_rows");
            total[0] = new M96Row(null, null, rs.getBigDecimal("total_income"), rs.getBigDecimal("total_paid"),
                    rs.getBigDecimal("total_spent"));
            return new M96Row(rs.getLong("school_id"), rs.getString("school_name"), rs.getBigDecimal("income"),
                    rs.getBigDecimal("paid"), rs.getBigDecimal("spent"));
        }).list();
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
