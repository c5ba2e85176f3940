package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget as tables, for the exports and the PDF summary: by school and by budget item, over one project or all,
 * one school or all. The same sums as the budget pages ({@link BudgetSql}), one statement per table.
 */
@Service
@Transactional(readOnly = true)
public class BudgetTables {

    private static final String BY_SCHOOL = """
            with pairs as (
                select ps.project_id, ps.school_id from project_school ps
                where (cast(:school as bigint) is null or ps.school_id = :school)
                  and (cast(:project as bigint) is null or ps.project_id = :project)
                union
                select m.project_id, m.sending_school_id from mobility_view m
                where (cast(:school as bigint) is null or m.sending_school_id = :school)
                  and (cast(:project as bigint) is null or m.project_id = :project)
            ), allocated as (
                select a.project_id, a.school_id, sum(a.amount) as allocated from budget_allocation a
                group by a.project_id, a.school_id
            ), spent as (
                select e.project_id, e.school_id, sum(e.amount) as spent from expenditure e
                where (cast(:school as bigint) is null or e.school_id = :school)
                  and (cast(:project as bigint) is null or e.project_id = :project)
                group by e.project_id, e.school_id
            )
            select p.id as pid, p.number, s.id as sid, s.name, s.uai, coalesce(al.allocated, 0) as allocated,
                   coalesce(sp.spent, 0) as spent, ms.*
            from pairs x
            join project p on p.id = x.project_id
            join school s on s.id = x.school_id
            left join allocated al on al.project_id = x.project_id and al.school_id = x.school_id
            left join spent sp on sp.project_id = x.project_id and sp.school_id = x.school_id
            left join (%s) ms on ms.project_id = x.project_id and ms.school_id = x.school_id
            order by p.number, s.name, s.id
            """.formatted(BudgetSql.sums("mm.project_id, mm.school_id", BudgetScope.MOBILITIES));

    /** Granted per item: the project's, or the school's allocation when the table is limited to a school. */
    private static final String GRANTED_ITEMS = Arrays.stream(BudgetItem.values())
            .map(item -> "case when cast(:school as bigint) is null then %s else coalesce(al.%s, 0) end as granted_%s"
                    .formatted(BudgetSql.grantedColumn(item), BudgetSql.column(item), BudgetSql.column(item)))
            .collect(Collectors.joining(",\n"));

    private static final String ALLOCATED_ITEMS = Arrays.stream(BudgetItem.values())
            .map(item -> "sum(a.amount) filter (where a.item = '%s') as %s".formatted(item.name(), BudgetSql.column(item)))
            .collect(Collectors.joining(", "));

    private static final String BY_ITEM = """
            select p.id as pid, p.number, %s, ms.*
            from project p
            left join (select a.project_id, %s from budget_allocation a where a.school_id = :school
                       group by a.project_id) al on al.project_id = p.id
            left join (%s) ms on ms.project_id = p.id
            where (cast(:project as bigint) is null or p.id = :project)
              and (cast(:school as bigint) is null
                   or exists (select 1 from project_school ps where ps.project_id = p.id and ps.school_id = :school)
                   or exists (select 1 from mobility_view m where m.project_id = p.id and m.sending_school_id = :school))
            order by p.number, p.id
            """.formatted(GRANTED_ITEMS, ALLOCATED_ITEMS, BudgetSql.sums("mm.project_id", BudgetScope.MOBILITIES));

    private final JdbcClient jdbc;

    BudgetTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per school and project in scope (member schools, and schools whose mobilities the project holds). */
    public List<SchoolBudgetLine> bySchool(BudgetScope scope) {
        return jdbc.sql(BY_SCHOOL).params(scope.params())
                .query((rs, n) -> new SchoolBudgetLine(rs.getLong("pid"), rs.getString("number"), rs.getLong("sid"),
                        rs.getString("name"), rs.getString("uai"),
                        BudgetQueries.sumsOrZero(rs).figures(rs.getBigDecimal("allocated")), rs.getBigDecimal("spent")))
                .list();
    }

    /** The budget items of each project in scope, in the items' order. */
    public List<ItemBudgetLine> byItem(BudgetScope scope) {
        List<ItemBudgetLine> lines = new ArrayList<>();
        jdbc.sql(BY_ITEM).params(scope.params()).query((rs, n) -> {
            MoneySums sums = BudgetQueries.sumsOrZero(rs);
            for (BudgetItem item : BudgetItem.values()) {
                BigDecimal granted = rs.getBigDecimal("granted_" + BudgetSql.column(item));
                lines.add(new ItemBudgetLine(rs.getLong("pid"), rs.getString("number"), item, sums.figures(item, granted)));
            }
            return null;
        }).list();
        return lines;
    }
}
