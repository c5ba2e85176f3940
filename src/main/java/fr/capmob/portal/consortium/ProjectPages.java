package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** The list's sort properties ({@code ProjectController}'s keys, and {@code id}) and their columns. */
    private static final Map<String, String> COLUMNS = Map.of("number", "number", "title", "title",
            "startDate", "start_date", "callYear", "call_year", "id", "id");

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
        Page<ProjectSummary> page = read(matching, pageable);
        if (page.getContent().isEmpty() && pageable.getOffset() > 0) {
            Pageable last = ListQuery.within(pageable, matching.count(jdbc));
            return last.getOffset() == pageable.getOffset() ? page : read(matching, last);
        }
        return page;
    }

    /** The matching projects of the page and their count (0 when the page is beyond the last). */
    private Page<ProjectSummary> read(SearchSql matching, Pageable pageable) {
        long[] total = {0};
        List<ProjectSummary> content = jdbc.sql(SQL.formatted(matching.fromWhere(), order(pageable, "p."),
                        SearchSql.limit(pageable.getPageSize(), pageable.getOffset()), order(pageable, "shown.")))
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

    /** The pageable's order on the projects' columns (its properties are the list's whitelisted sort keys). */
    private static String order(Pageable pageable, String alias) {
        return pageable.getSort().stream()
                .map(o -> alias + COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }
}
