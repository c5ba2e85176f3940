package fr.capmob.portal.dashboard;

/**
 * The dashboard's one statement, in parts: the scope's mobilities read once ({@code m}: the mobility module's
 * {@code mobility_view} with the destination's country and the student's columns), then every figure from them —
 * the summary, the learners' report outcomes, the exam pass rates and the breakdowns (grouping sets). The exam rates
 * and the breakdowns come back as JSON arrays in the same row, so the page costs one statement whatever its scope.
 */
final class DashboardSql {

    /** The session settings for large aggregates: sorts and hashes in memory, no JIT (this transaction only). */
    static final String AGGREGATE_SETTINGS = "set_config('work_mem', '64MB', true), set_config('jit', 'off', true)";

    /** The FROM clause the scope's conditions are added to (they name {@code m}, the mobility view). */
    static final String MOBILITIES = """
             from mobility_view m
             join city c on c.id = m.destination_city_id
             left join student st on st.id = m.student_id""";

    static final String SCOPED_COLUMNS = """
            select m.id, m.student_id, m.staff_id, m.sending_school_id, m.activity_type, m.start_date, m.end_date,
                   c.country, st.fewer_opportunities, st.birth_date, st.qualification_level""";

    private static final String SUMMARY = """
            summary as (select count(*) as mobilities,
                   count(distinct m.student_id) as learners,
                   count(distinct m.staff_id) as staff,
                   count(distinct m.country) as countries,
                   count(distinct m.sending_school_id) as schools,
                   min(m.end_date - m.start_date + 1) as min_days,
                   max(m.end_date - m.start_date + 1) as max_days,
                   percentile_cont(0.5) within group (order by m.end_date - m.start_date + 1) as median_days,
                   count(distinct m.student_id) filter (where m.fewer_opportunities) as fewer,
                   count(distinct m.student_id) filter (where m.birth_date > m.start_date - interval '18 years') as minors
            from m)""";

    private static final String OUTCOMES = """
            outcomes as (select count(r.improved_language) as language_answers,
                   count(*) filter (where r.improved_language) as language_yes,
                   count(r.more_confidence) as confidence_answers,
                   count(*) filter (where r.more_confidence) as confidence_yes,
                   count(r.would_go_again) as again_answers,
                   count(*) filter (where r.would_go_again) as again_yes,
                   count(r.satisfaction) as satisfaction_answers,
                   count(*) filter (where r.satisfaction >= 4) as satisfied
            from participant_report r join m on m.id = r.mobility_id
            where r.kind = 'LEARNER')""";

    /** One result per student and level: passed when any session was passed, failed when sessions failed and none passed. */
    private static final String EXAMS = """
            exams as (select level, count(*) filter (where passed) as passed,
                   count(*) filter (where passed or failed) as decided,
                   count(*) filter (where not passed and not failed) as pending
            from (select e.student_id, e.qualification_level as level,
                         bool_or(e.result = 'PASSED') as passed, bool_or(e.result = 'FAILED') as failed
                  from exam_result e
                  where e.student_id in (select m.student_id from m)
                  group by e.student_id, e.qualification_level) x
            group by level)""";

    private static final String GROUPS = """
            g as (select case when grouping(a) = 0 then 'ACTIVITY_TYPE'
                              when grouping(l) = 0 then 'QUALIFICATION_LEVEL'
                              when grouping(y) = 0 then 'YEAR'
                              when grouping(mo) = 0 then 'MONTH'
                              when grouping(s) = 0 then 'SCHOOL'
                              else 'COUNTRY' end as dim,
                         coalesce(a, l, y, mo, s::text, co) as key,
                         count(student_id) as learners, count(staff_id) as staff
                  from (select m.activity_type as a, m.qualification_level as l, to_char(m.start_date, 'YYYY') as y,
                               to_char(m.start_date, 'YYYY-MM') as mo, m.sending_school_id as s, m.country as co,
                               m.student_id, m.staff_id from m) w
                  group by grouping sets ((a), (l), (y), (mo), (s), (co)))""";

    /** The groups with the schools' names, and the fields of study (a school's mobilities count in each of its fields). */
    private static final String BREAKDOWNS = """
            breakdowns as (select g.dim, g.key, sc.name, g.learners, g.staff
                  from g left join school sc on g.dim = 'SCHOOL' and sc.id::text = g.key
                  where g.key is not null
                  union all
                  select 'FIELD', f.field, null, sum(g.learners), sum(g.staff)
                  from g join school_field f on g.dim = 'SCHOOL' and f.school_id::text = g.key
                  group by f.field)""";

    private DashboardSql() {
    }

    /**
     * The whole statement: {@code scoped} is the scope's FROM and WHERE over {@link #MOBILITIES}, {@code consortiumSchools}
     * a scalar subquery counting the schools the share of schools is out of.
     */
    static String figures(String scoped, String consortiumSchools) {
        return "with m as materialized (" + SCOPED_COLUMNS + scoped + "),\n"
                + String.join(",\n", SUMMARY, OUTCOMES, EXAMS, GROUPS, BREAKDOWNS) + "\n"
                + "select summary.*, outcomes.*, " + consortiumSchools + " as consortium_schools,\n"
                + "       (select json_agg(exams) from exams) as exams,\n"
                + "       (select json_agg(breakdowns) from breakdowns) as breakdowns\n"
                + "from summary cross join outcomes";
    }
}
