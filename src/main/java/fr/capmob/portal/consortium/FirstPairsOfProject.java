package fr.capmob.portal.consortium;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first pairs of a project with their schools, and how many pairs the viewer may see in all: one statement for the
 * project page. Through the repositories it took four (page, count, members, projects), and at 100× the demo their
 * planning and mapping took a quarter of the page's time.
 */
@Component
class FirstPairsOfProject {

    private static final String SQL = """
            with shown as (
                select p.id, count(*) over () as total
                from tutoring_pair p
                where p.project_id = :project
                  and (cast(:scope as bigint) is null or exists (select 1 from tutoring_pair_member v
                                                  where v.pair_id = p.id and v.school_id = :scope))
                order by p.id
                limit :limit)
            select shown.id, shown.total, m.role, s.id as school_id, s.name, s.uai, s.experience
            from shown
            left join tutoring_pair_member m on m.pair_id = shown.id
            left join school s on s.id = m.school_id
            order by shown.id, lower(s.name), s.id""";

    private final JdbcClient jdbc;

    FirstPairsOfProject(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param scope the school whose pairs only are visible (referents, school accountants), or null for every pair
     */
    Page<PairSummary> read(ProjectOption project, Long scope, int limit) {
        Map<Long, PairBuilder> pairs = new LinkedHashMap<>();
        long[] total = {0};
        jdbc.sql(SQL).param("project", project.id()).param("scope", scope).param("limit", limit)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    pairs.computeIfAbsent(rs.getLong("id"), PairBuilder::new).add(rs);
                });
        List<PairSummary> content = pairs.values().stream().map(pair -> pair.build(project)).toList();
        return new PageImpl<>(content, PageRequest.of(0, limit, Sort.by("id")), total[0]);
    }

    /** One pair's rows, the tutor apart from the tutored schools (in name order). */
    private static final class PairBuilder {

        private final long id;
        private MemberSchool tutor;
        private final List<MemberSchool> tutored = new ArrayList<>();

        PairBuilder(long id) {
            this.id = id;
        }

        void add(ResultSet rs) throws SQLException {
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

        PairSummary build(ProjectOption project) {
            return new PairSummary(id, project, tutor, List.copyOf(tutored));
        }
    }
}
