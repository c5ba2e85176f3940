package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of the projects list with each project's number of member schools, and how many projects match in all: one
 * statement (the count as a window over the matching projects). Through the repository it took three (page, count,
 * member counts), the first two from a criteria query and each row an audited entity: a third of the list's time at
 * 100× the demo for a page of two projects. Only a page asked beyond the last needs a count of its own.
 */
@Component
class ProjectPages {

    private static final String SQL = """
            with shown as (
                select p.id, p.number, p.title, p.generation, p.action, p.call_year, p.status, p.start_date,
                       p.end_date, count(*) over () as total%s
                order by %s%s)
            select shown.*, (select count(*) from project_school s where s.project_id = shown.id) as schools
            from shown
            order by %s""";

    private final JdbcClient jdbc;

    ProjectPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param scope the school whose projects only are visible (referents, school accountants), or null for every project
     */
    Page<ProjectSummary> page(ProjectFilter filter, Long scope, Pageable pageable) {
        SearchSql matching = matching(filter, scope);
        return ListQuery.windowed(pageable, p -> read(matching, p), () -> matching.count(jdbc));
    }

    /** The matching projects of the page and their count (0 when the page is beyond the last). */
    private Page<ProjectSummary> read(SearchSql matching, Pageable pageable) {
        long[] total = {0};
        String order = SearchSql.orderBy(pageable, "id");
        List<ProjectSummary> content = jdbc.sql(SQL.formatted(matching.fromWhere(), order,
                        SearchSql.limit(pageable.getPageSize(), pageable.getOffset()), order))
                .params(matching.params())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs);
                })
                .list();
        return new PageImpl<>(content, pageable, total[0]);
    }

    private static ProjectSummary summary(ResultSet rs) throws SQLException {
        return new ProjectSummary(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                ProgrammeGeneration.valueOf(rs.getString("generation")), KeyAction.valueOf(rs.getString("action")),
                rs.getInt("call_year"), ProjectStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getLong("schools"));
    }

    private static SearchSql matching(ProjectFilter filter, Long scope) {
        String withSchool = "exists (select 1 from project_school v where v.project_id = p.id and v.school_id = :%s)";
        return SearchSql.from("from project p")
                .whereIfPresent(ListQuery.searchPattern(filter.search()),
                        "lower(p.number) like :search escape '\\' or lower(p.title) like :search escape '\\'", "search")
                .whereIfPresent(name(filter.generation()), "p.generation = :generation", "generation")
                .whereIfPresent(name(filter.action()), "p.action = :action", "action")
                .whereIfPresent(name(filter.status()), "p.status = :status", "status")
                .whereIfPresent(filter.callYear(), "p.call_year = :year", "year")
                .whereIfPresent(filter.schoolId(), withSchool.formatted("school"), "school")
                .whereIfPresent(scope, withSchool.formatted("scope"), "scope");
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
