package fr.capmob.portal.dashboard;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, as SQL aggregates (no row of a mobility reaches Java): three statements whatever the
 * number of mobilities — the summary with the report outcomes, the breakdowns (grouping sets), the exam pass rates.
 * Mobilities are read through the mobility module's view {@code mobility_view}; a mobility counts once it went
 * abroad (its flag {@code went_abroad}: in progress, completed or reported) and is outgoing (incoming activities,
 * {@code ActivityType#isIncoming}, are left out).
 * Scope: a coordinator and a consortium accountant see the consortium, a referent and a school's accountant their
 * school only (tutoring partners' mobilities are not counted).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final String MOBILITIES = """
             from mobility_view m
             join city c on c.id = m.destination_city_id
             left join student st on st.id = m.student_id""";
    private static final String SUMMARY = """
            select count(*) as mobilities,
                   count(distinct m.student_id) as learners,
                   count(distinct m.staff_id) as staff,
                   count(distinct c.country) as countries,
                   count(distinct m.sending_school_id) as schools,
                   min(m.end_date - m.start_date + 1) as min_days,
                   max(m.end_date - m.start_date + 1) as max_days,
                   percentile_cont(0.5) within group (order by m.end_date - m.start_date + 1) as median_days,
                   count(distinct m.student_id) filter (where st.fewer_opportunities) as fewer,
                   count(distinct m.student_id) filter (where st.birth_date > m.start_date - interval '18 years') as minors""";
    private static final String OUTCOMES = """
            select count(r.improved_language) as language_answers,
                   count(*) filter (where r.improved_language) as language_yes,
                   count(r.more_confidence) as confidence_answers,
                   count(*) filter (where r.more_confidence) as confidence_yes,
                   count(r.would_go_again) as again_answers,
                   count(*) filter (where r.would_go_again) as again_yes,
                   count(r.satisfaction) as satisfaction_answers,
                   count(*) filter (where r.satisfaction >= 4) as satisfied""";

    private final JdbcClient jdbc;

    DashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's number and title, for the heading; 404 when there is no such project. */
    public String projectLabel(long projectId) {
        return jdbc.sql("select number || ' — ' || title from project where id = :id").param("id", projectId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("project", projectId));
    }

    /** A school's name, for the heading; 404 when there is no such school or it is outside the user's scope. */
    public String schoolName(long schoolId, CurrentUser user) {
        if (!user.canRead(schoolId)) {
            throw new NotFoundException("school", schoolId);
        }
        return jdbc.sql("select name from school where id = :id").param("id", schoolId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("school", schoolId));
    }

    /** The figures computed now, from the tables (four statements: the session settings and three aggregates). */
    public DashboardFigures figures(DashboardFilter filter, CurrentUser user) {
        return figures(filter, scopeOf(user));
    }

    /** The school a user's figures are limited to: null for the whole consortium, -1 for a user without school. */
    static Long scopeOf(CurrentUser user) {
        return user.seesWholeConsortium() ? null : (user.schoolId() == null ? -1L : user.schoolId());
    }

    DashboardFigures figures(DashboardFilter filter, Long scopeSchool) {
        // large aggregates: sorts and hashes in memory rather than on disk, no JIT compilation (this transaction only)
        jdbc.sql("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)").query().singleRow();
        Scope scope = new Scope(filter, scopeSchool);
        Headline headline = headline(scope);
        return new DashboardFigures(headline.summary(), headline.outcomes(), exams(scope), breakdowns(scope));
    }

    /** What the figures count: the mobilities that went abroad, within the filter and the user's school scope. */
    record Scope(DashboardFilter filter, Long userSchool) {

        /**
         * The given FROM clause (which reads {@code mobility_view m}) with the scope's conditions on {@code m}: outgoing
         * mobilities only (an incoming expert or hosted teacher came to a consortium school, nobody went abroad).
         */
        SearchSql over(String from) {
            return SearchSql.from(from).where("m.went_abroad")
                    .where("m.activity_type not in (:incoming)", "incoming", ActivityType.incomingNames())
                    .whereIfPresent(filter.projectId(), "m.project_id = :project", "project")
                    .whereIfPresent(filter.schoolId(), "m.sending_school_id = :school", "school")
                    .whereIfPresent(userSchool, "m.sending_school_id = :userSchool", "userSchool");
        }
    }

    private record Headline(DashboardFigures.Summary summary, DashboardFigures.Outcomes outcomes) {
    }

    private Headline headline(Scope scope) {
        String consortiumSchools = scope.filter().projectId() != null
                ? "(select count(*) from project_school where project_id = :project)"
                : "(select count(*) from school)";
        SearchSql mobilities = scope.over(MOBILITIES);
        SearchSql reports = scope.over(" from participant_report r join mobility_view m on m.id = r.mobility_id")
                .where("r.kind = 'LEARNER'");
        Map<String, Object> params = new HashMap<>(mobilities.params());
        params.putAll(reports.params());
        return jdbc.sql("select a.*, r.*, " + consortiumSchools + " as consortium_schools"
                        + " from (" + SUMMARY + mobilities.fromWhere() + ") a"
                        + " cross join (" + OUTCOMES + reports.fromWhere() + ") r")
                .params(params)
                .query((rs, n) -> new Headline(summary(rs), outcomes(rs)))
                .single();
    }

    private static DashboardFigures.Summary summary(ResultSet rs) throws SQLException {
        long learners = rs.getLong("learners");
        BigDecimal median = rs.getBigDecimal("median_days");
        return new DashboardFigures.Summary(rs.getLong("mobilities"), learners, rs.getLong("staff"),
                rs.getLong("countries"), rs.getLong("schools"), rs.getLong("consortium_schools"),
                rs.getObject("min_days", Integer.class), rs.getObject("max_days", Integer.class),
                median == null ? null : median.setScale(1, RoundingMode.HALF_UP),
                new Share(rs.getLong("fewer"), learners), new Share(rs.getLong("minors"), learners));
    }

    private static DashboardFigures.Outcomes outcomes(ResultSet rs) throws SQLException {
        return new DashboardFigures.Outcomes(new Share(rs.getLong("language_yes"), rs.getLong("language_answers")),
                new Share(rs.getLong("confidence_yes"), rs.getLong("confidence_answers")),
                new Share(rs.getLong("again_yes"), rs.getLong("again_answers")),
                new Share(rs.getLong("satisfied"), rs.getLong("satisfaction_answers")));
    }

    private List<ExamRate> exams(Scope scope) {
        SearchSql students = scope.over(" from mobility_view m").where("m.student_id is not null");
        List<ExamRate> rates = jdbc.sql("""
                        select level, count(*) filter (where passed) as passed,
                               count(*) filter (where passed or failed) as decided,
                               count(*) filter (where not passed and not failed) as pending
                        from (select e.student_id, e.qualification_level as level,
                                     bool_or(e.result = 'PASSED') as passed, bool_or(e.result = 'FAILED') as failed
                              from exam_result e
                              where e.student_id in (select m.student_id""" + students.fromWhere() + """
                        )
                              group by e.student_id, e.qualification_level) x
                        group by level""")
                .params(students.params())
                .query((rs, n) -> new ExamRate(QualificationLevel.valueOf(rs.getString("level")), rs.getLong("passed"),
                        rs.getLong("decided"), rs.getLong("pending")))
                .list();
        return rates.stream().sorted(Comparator.comparing(ExamRate::level)).toList();
    }

    private Map<Dimension, List<Breakdown>> breakdowns(Scope scope) {
        Map<Dimension, List<Breakdown>> result = new EnumMap<>(Dimension.class);
        SearchSql mobilities = scope.over(MOBILITIES);
        jdbc.sql("with w as (" + """
                        select m.activity_type as a, st.qualification_level as l, to_char(m.start_date, 'YYYY') as y,
                               to_char(m.start_date, 'YYYY-MM') as mo, m.sending_school_id as s, c.country as co,
                               m.student_id, m.staff_id""" + mobilities.fromWhere() + "), " + """
                        g as (select case when grouping(a) = 0 then 'ACTIVITY_TYPE'
                                          when grouping(l) = 0 then 'QUALIFICATION_LEVEL'
                                          when grouping(y) = 0 then 'YEAR'
                                          when grouping(mo) = 0 then 'MONTH'
                                          when grouping(s) = 0 then 'SCHOOL'
                                          else 'COUNTRY' end as dim,
                                     coalesce(a, l, y, mo, s::text, co) as key,
                                     count(student_id) as learners, count(staff_id) as staff
                              from w group by grouping sets ((a), (l), (y), (mo), (s), (co)))
                        select g.dim, g.key, sc.name, g.learners, g.staff
                        from g left join school sc on g.dim = 'SCHOOL' and sc.id::text = g.key
                        where g.key is not null
                        union all
                        select 'FIELD', f.field, null, sum(g.learners), sum(g.staff)
                        from g join school_field f on g.dim = 'SCHOOL' and f.school_id::text = g.key
                        group by f.field""")
                .params(mobilities.params())
                .query(rs -> {
                    result.computeIfAbsent(Dimension.valueOf(rs.getString("dim")), d -> new ArrayList<>())
                            .add(new Breakdown(rs.getString("key"), rs.getString("name"), rs.getLong("learners"),
                                    rs.getLong("staff")));
                });
        result.replaceAll((dimension, rows) -> sorted(dimension, rows));
        return result;
    }

    /** Years and months in time order, the others by the number of mobilities, the largest first. */
    private static List<Breakdown> sorted(Dimension dimension, List<Breakdown> rows) {
        Comparator<Breakdown> order = switch (dimension) {
            case YEAR, MONTH -> Comparator.comparing(Breakdown::key);
            default -> Comparator.comparingLong(Breakdown::total).reversed().thenComparing(Breakdown::key);
        };
        List<Breakdown> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return List.copyOf(sorted);
    }
}
