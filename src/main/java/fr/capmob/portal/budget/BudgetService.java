package fr.capmob.portal.budget;

import fr.capmob.portal.shared.CountedPage;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets: the consortium overview, a project's budget per item and per school with the coordinator's allocation of
 * the grant to schools, a school's budget across its projects, and the M9.6 report. Every figure is one of
 * {@link BudgetFigures}, summed in SQL by {@link BudgetSql}, with a fixed number of statements per page whatever the
 * number of mobilities.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    /** The default advance share when a project has no setting yet (80% advance, 20% balance). */
    public static final BigDecimal DEFAULT_ADVANCE_SHARE = new BigDecimal("0.8000");

    private final JdbcClient jdbc;
    private final BudgetQueries queries;
    private final Allocations allocations;
    private final M96Report m96;

    BudgetService(JdbcClient jdbc, BudgetQueries queries, Allocations allocations, M96Report m96) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.allocations = allocations;
        this.m96 = m96;
    }

    // ---- consortium overview

    /** Every project with its figures, newest first (callers: consortium-wide users only). */
    public Page<ProjectBudgetRow> overview(Pageable pageable) {
        Page<ProjectBudgetRow> page = queries.projects(pageable);
        if (page.isEmpty() && pageable.getOffset() > 0) {
            long total = queries.projects(PageRequest.of(0, 1)).getTotalElements();
            return queries.projects(ListQuery.within(pageable, total));
        }
        return page;
    }

    /** The whole consortium's figures. */
    public BudgetFigures consortiumTotal() {
        return queries.consortium();
    }

    // ---- one project

    public ProjectBudget project(long id) {
        return queries.project(id, queries.allocated(id));
    }

    /** The member schools of a project, by name, each with its allocation, planned, committed and paid figures. */
    public Page<SchoolBudgetRow> projectSchools(long projectId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from project_school where project_id = :p").param("p", projectId)
                .query(Long.class).single();
        if (total == 0) {
            return Page.empty(ListQuery.within(pageable, 0));
        }
        Pageable within = ListQuery.within(pageable, total);
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, s.name from project_school ps join school s on s.id = ps.school_id
                        where ps.project_id = :p order by s.name, s.id limit :limit offset :offset""")
                .param("p", projectId).param("limit", within.getPageSize()).param("offset", within.getOffset())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return new PageImpl<>(queries.rows(names, projectId, null), within, total);
    }

    /**
     * The allocation form's rows ({@link AllocationGrid}): page {@code page} (0-based; beyond the last, the last) of the
     * member schools whose name (accents ignored) or UAI contains {@code schoolText} (every member when blank), by
     * name, {@link AllocationGrid#PAGE_SIZE} a page: a count and three statements whatever the page.
     */
    public AllocationGrid allocationGrid(long projectId, String schoolText, int page) {
        String pattern = ListQuery.searchPattern(schoolText);
        SearchSql members = SearchSql.from("from project_school ps join school s on s.id = ps.school_id")
                .where("ps.project_id = :p", "p", projectId)
                .whereIfPresent(pattern, "portal_unaccent(lower(s.name)) like portal_unaccent(:pattern)"
                        + " or lower(s.uai) like :pattern", "pattern");
        Page<Map.Entry<Long, String>> names = members.page(jdbc, "select s.id, s.name", "s.name, s.id",
                PageRequest.of(Math.max(page, 0), AllocationGrid.PAGE_SIZE),
                (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)));
        Map<Long, String> labels = new LinkedHashMap<>();
        names.forEach(name -> labels.put(name.getKey(), name.getValue()));
        return new AllocationGrid(CountedPage.withContent(names, queries.rows(labels, projectId, null)));
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
            return Page.empty(ListQuery.within(pageable, 0));
        }
        Pageable within = ListQuery.within(pageable, total);
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.number || ' — ' || p.title from project_school ps join project p on p.id = ps.project_id
                        where ps.school_id = :s order by p.start_date desc, p.id limit :limit offset :offset""")
                .param("s", schoolId).param("limit", within.getPageSize()).param("offset", within.getOffset())
                .query((rs, n) -> labels.put(rs.getLong(1), rs.getString(2))).list();
        return new PageImpl<>(queries.rows(labels, null, schoolId), within, total);
    }

    // ---- M9.6

    /**
     * The M9.6 report, one row per school in the user's scope (and in the project, when one is chosen), with its
     * totals over every school of that scope.
     */
    public M96Page m96(Long projectId, Pageable pageable, CurrentUser user) {
        return m96.page(projectId, pageable, user);
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
        allocations.save(projectId, version, amounts, advanceShare, project(projectId).granted(), user);
    }

    /** The advance share of a project (the default 80% when it has no setting). */
    public BigDecimal advanceShare(long projectId) {
        return jdbc.sql("select advance_share from project_payment_setting where project_id = :p").param("p", projectId)
                .query(BigDecimal.class).optional().orElse(DEFAULT_ADVANCE_SHARE);
    }
}
