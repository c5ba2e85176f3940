package fr.capmob.portal.dashboard;

import fr.capmob.portal.TestData;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small consortium whose figures are computed by hand (see DashboardFiguresTest): project P with schools A and B.
 * <pre>
 * mobility  who            school  where   dates                    days  status       counts?
 * m1        s1 (minor, FO)  A      DE      2019-03-01 – 2019-03-14  14    REPORTED     yes
 * m2        s2 (adult)      A      ES      2019-04-01 – 2019-04-30  30    COMPLETED    yes
 * m3        s3 (minor, FO)  B      DE      2020-10-05 – 2020-10-24  20    IN_PROGRESS  yes
 * m4        t1 (staff)      A      DE      2019-03-01 – 2019-03-12  12    REPORTED     yes (accompanying)
 * m5        s4              A      DE      2019-05-01 – 2019-05-20  20    DRAFT        no
 * m6        s1              A      DE      2020-04-01 – 2020-04-20  20    CANCELLED    no
 * </pre>
 * Reports: m1 (yes, no, yes, 5), m2 (yes, yes, no answer, 3), m4 a staff report, m5 (no, no, no, 1: a draft's
 * report does not count). Exams: s1 BAC_PRO failed then passed; s2 BAC_PRO failed; s3 CAP pending; s4 CAP passed
 * (never went abroad). Fields: A hospitality and industry, B industry.
 */
record DashboardFixture(long schoolA, long schoolB, long project, long s1, long s2, long s3, long s4, long t1,
                        long m1, long m2, long m3, long m4, long m5, long m6) {

    static DashboardFixture create(TestData data, JdbcClient jdbc) {
        String run = TestData.unique();
        long a = data.school("LP Tableau A " + run);
        long b = data.school("LP Tableau B " + run);
        long project = data.project("Tableau " + run, a, b);
        long host = data.host("Tableau host " + run, a);
        jdbc.sql("insert into school_field (school_id, field) values (:a, 'HOSPITALITY_CATERING'), (:a, 'INDUSTRY'), (:b, 'INDUSTRY')")
                .param("a", a).param("b", b).update();
        long s1 = data.student(a, "Un " + run, "Léa", LocalDate.of(2002, 5, 1));
        long s2 = data.student(a, "Deux " + run, "Hugo", LocalDate.of(1999, 1, 1));
        long s3 = data.student(b, "Trois " + run, "Inès", LocalDate.of(2003, 1, 1));
        long s4 = data.student(a, "Quatre " + run, "Noé", LocalDate.of(2002, 1, 1));
        jdbc.sql("update student set fewer_opportunities = true where id in (:ids)").param("ids", java.util.List.of(s1, s3)).update();
        jdbc.sql("update student set qualification_level = 'CAP' where id = :id").param("id", s3).update();
        long t1 = data.staff(a, "Prof " + run, "Anne");
        long m1 = mobility(data, jdbc, project, s1, null, a, host, "2019-03-01", "2019-03-14", "REPORTED");
        long m2 = mobility(data, jdbc, project, s2, null, a, host, "2019-04-01", "2019-04-30", "COMPLETED");
        jdbc.sql("update mobility set destination_city_id = :city where id = :id").param("city", data.cityId("Madrid", "ES"))
                .param("id", m2).update();
        long m3 = mobility(data, jdbc, project, s3, null, b, host, "2020-10-05", "2020-10-24", "IN_PROGRESS");
        long m4 = mobility(data, jdbc, project, null, t1, a, host, "2019-03-01", "2019-03-12", "REPORTED");
        jdbc.sql("update mobility set activity_type = 'ACCOMPANYING', trip_id = :trip where id = :id")
                .param("trip", data.trip(project, a, host)).param("id", m4).update();
        long m5 = mobility(data, jdbc, project, s4, null, a, host, "2019-05-01", "2019-05-20", "DRAFT");
        long m6 = mobility(data, jdbc, project, s1, null, a, host, "2020-04-01", "2020-04-20", "CANCELLED");
        report(jdbc, m1, "LEARNER", true, false, true, 5);
        report(jdbc, m2, "LEARNER", true, true, null, 3);
        report(jdbc, m4, "STAFF", null, null, null, null);
        report(jdbc, m5, "LEARNER", false, false, false, 1);
        exam(jdbc, s1, "BAC_PRO", "Bac pro juin 2019", "FAILED");
        exam(jdbc, s1, "BAC_PRO", "Bac pro juin 2020", "PASSED");
        exam(jdbc, s2, "BAC_PRO", "Bac pro juin 2019", "FAILED");
        exam(jdbc, s3, "CAP", "CAP juin 2021", "PENDING");
        exam(jdbc, s4, "CAP", "CAP juin 2019", "PASSED");
        return new DashboardFixture(a, b, project, s1, s2, s3, s4, t1, m1, m2, m3, m4, m5, m6);
    }

    static long mobility(TestData data, JdbcClient jdbc, long project, Long student, Long staff, long school, long host,
                         String start, String end, String status) {
        long id = data.mobility(project, student, staff, school, host, LocalDate.parse(start), LocalDate.parse(end));
        jdbc.sql("update mobility set status = :status, cancellation_reason = case when :status = 'CANCELLED' then 'test' end"
                + " where id = :id").param("status", status).param("id", id).update();
        return id;
    }

    static void report(JdbcClient jdbc, long mobility, String kind, Boolean language, Boolean confidence, Boolean again,
                       Integer satisfaction) {
        jdbc.sql("""
                insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                    satisfaction, language, submitted_at)
                values (:m, :kind, :language, :confidence, :again, :satisfaction, 'fr', now())""")
                .param("m", mobility).param("kind", kind).param("language", language).param("confidence", confidence)
                .param("again", again).param("satisfaction", satisfaction).update();
    }

    static void exam(JdbcClient jdbc, long student, String level, String session, String result) {
        jdbc.sql("""
                insert into exam_result (student_id, qualification_level, session_label, session_date, result)
                values (:s, :level, :session, null, :result)""")
                .param("s", student).param("level", level).param("session", session).param("result", result).update();
    }
}
