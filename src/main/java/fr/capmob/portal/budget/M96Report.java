package fr.capmob.portal.budget;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.account.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

    private final JdbcClient jdbc;

    M96Report(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<M96Row> rows(Long projectId, Pageable pageable, CurrentUser user) {
        Map<String, Object> params = params(projectId, user);
        long total = jdbc.sql("select count(*) from (" + ROWS + ") x").params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(ListQuery.within(pageable, 0));
        }
        Pageable within = ListQuery.within(pageable, total);
        params.put("limit", within.getPageSize());
        params.put("offset", within.getOffset());
        List<M96Row> rows = jdbc.sql(ROWS + " order by s.name, s.id limit :limit offset :offset").params(params)
                .query((rs, n) -> new M96Row(rs.getLong("school_id"), rs.getString("school_name"), rs.getBigDecimal("income"),
                        rs.getBigDecimal("paid"), rs.getBigDecimal("spent"))).list();
        return new PageImpl<>(rows, within, total);
    }

    M96Row total(Long projectId, CurrentUser user) {
        return jdbc.sql("select coalesce(sum(income), 0) as income, coalesce(sum(paid), 0) as paid,"
                        + " coalesce(sum(spent), 0) as spent from (" + ROWS + ") x")
                .params(params(projectId, user))
                .query((rs, n) -> new M96Row(null, null, rs.getBigDecimal("income"), rs.getBigDecimal("paid"),
                        rs.getBigDecimal("spent"))).single();
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
