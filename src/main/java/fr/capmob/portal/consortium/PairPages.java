package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of pairs with their project and schools, and how many pairs match in all: one statement (the count as a
 * window over the matching pairs), for the pair list and the project page alike. Through the repositories it took four
 * (page, count, members, projects), the count only when the first page was full; at 100× the demo their planning and
 * mapping took a quarter of the project page's time. Only a page asked beyond the last needs a count of its own.
 */
@Component
class PairPages {

    /** The list's sort properties ({@code ListQuery} keys of the pair list, and {@code id}) and their columns. */
    private static final Map<String, String> COLUMNS = Map.of("projectId", "project_id", "createdAt", "created_at", "id", "id");

    private static final String SQL = """
            with shown as (
                select p.id, p.project_id, p.created_at, count(*) over () as total%s
                order by %s%s)
            select shown.id, shown.total, pr.id as project_id, pr.number, pr.title,
                   m.role, s.id as school_id, s.name, s.uai, s.experience
            from shown
            join project pr on pr.id = shown.project_id
            left join tutoring_pair_member m on m.pair_id = shown.id
            left join school s on s.id = m.school_id
            order by %s, lower(s.name), s.id""";

    private final JdbcClient jdbc;

    PairPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first pairs of a project in creation order, and how many there are. */
    Page<PairSummary> firstOfProject(long projectId, Long scope, int limit) {
        return page(new PairFilter(projectId, null), scope, PageRequest.of(0, limit, Sort.by("id")));
    }

    /** One pair with its project and schools (whether the user may see it is the caller's check). */
    PairSummary one(long pairId) {
        return read(SearchSql.from("from tutoring_pair p").where("p.id = :pair", "pair", pairId),
                PageRequest.of(0, 1, Sort.by("id"))).getContent().get(0);
    }

    /**
     * @param scope the school whose pairs only are visible (referents, school accountants), or null for every pair
     */
    Page<PairSummary> page(PairFilter filter, Long scope, Pageable pageable) {
        SearchSql matching = matching(filter, scope);
        return ListQuery.windowed(pageable, p -> read(matching, p), () -> matching.count(jdbc));
    }

    /** The matching pairs of the page and their count (0 when the page is beyond the last). */
    private Page<PairSummary> read(SearchSql matching, Pageable pageable) {
        Map<Long, PairBuilder> pairs = new LinkedHashMap<>();
        long[] total = {0};
        jdbc.sql(SQL.formatted(matching.fromWhere(), order(pageable, "p."),
                        SearchSql.limit(pageable.getPageSize(), pageable.getOffset()), order(pageable, "shown.")))
                .params(matching.params())
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    pairs.computeIfAbsent(rs.getLong("id"), PairBuilder::new).add(rs);
                });
        List<PairSummary> content = pairs.values().stream().map(PairBuilder::build).toList();
        return new PageImpl<>(content, pageable, total[0]);
    }

    private static SearchSql matching(PairFilter filter, Long scope) {
        String withSchool = "exists (select 1 from tutoring_pair_member v where v.pair_id = p.id and v.school_id = :%s)";
        return SearchSql.from("from tutoring_pair p")
                .whereIfPresent(filter.projectId(), "p.project_id = :project", "project")
                .whereIfPresent(filter.schoolId(), withSchool.formatted("school"), "school")
                .whereIfPresent(scope, withSchool.formatted("scope"), "scope");
    }

    /** The pageable's order on the pairs' columns (its properties are the list's whitelisted sort keys). */
    private static String order(Pageable pageable, String alias) {
        return pageable.getSort().stream()
                .map(o -> alias + COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    /** One pair's rows, the tutor apart from the tutored schools (in name order). */
    private static final class PairBuilder {

        private final long id;
        private ProjectOption project;
        private MemberSchool tutor;
        private final List<MemberSchool> tutored = new ArrayList<>();

        PairBuilder(long id) {
            this.id = id;
        }

        void add(ResultSet rs) throws SQLException {
            project = new ProjectOption(rs.getLong("project_id"), rs.getString("number"), rs.getString("title"));
            String role = rs.getString("role");
            if (role == null) {
                return;
            }
            MemberSchool school = new MemberSchool(rs.getLong("school_id"), rs.getString("name"), rs.getString("uai"),
                    Experience.valueOf(rs.getString("experience")));
            if (PairRole.valueOf(role) == PairRole.TUTOR) {
                tutor = school;
            } else {
                tutored.add(school);
            }
        }

        PairSummary build() {
            return new PairSummary(id, project, tutor, List.copyOf(tutored));
        }
    }
}
