package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job on a worked example, run as at 5 December 2026 (default rules: 5 years after the final report,
 * 3 years for a grant up to EUR 60 000; accounts unused for 365 days deactivated):
 * <pre>
 * project  final report  total grant  rule       anonymised on  due on 05/12/2026
 * A        30/04/2021    400 000      STANDARD   30/04/2026     yes
 * B        15/03/2023     45 000      LOW_VALUE  15/03/2026     yes
 * C        30/04/2022    400 000      STANDARD   30/04/2027     no
 * D        20/12/2021    400 000      STANDARD   20/12/2026     no (next month's list; due on 21/12/2026)
 * E        none                                                 never
 * </pre>
 * s1 only in A: anonymised. s2 in A and C: kept (C is still kept). staff3 only in B: anonymised. s4 only in C,
 * s6 only in E, s7 without mobility: kept. s5 only in D: kept on 05/12, listed as pending, anonymised on 21/12.
 */
@PortalTest
class RetentionRunTest {

    static final Instant DAY = Instant.parse("2026-12-05T12:00:00Z");

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired RetentionRun retention;

    long school;
    long host;
    long a;
    long b;
    long c;
    long d;
    long s1;
    long s2;
    long staff3;
    long s4;
    long s5;
    long s6;
    long s7;

    @BeforeEach
    void setUp() {
        // no other project of the test database is past its retention day (their final report is not recorded)
        jdbc.update("update project set final_report_date = null where final_report_date is not null");
        school = data.school("Lycée Rétention " + TestData.unique());
        host = data.host("Host " + TestData.unique(), school);
        a = project("2021-04-30", false);
        b = project("2023-03-15", true);
        c = project("2022-04-30", false);
        d = project("2021-12-20", false);
        long e = data.project("E " + TestData.unique(), school);
        s1 = student("One");
        mobility(a, s1, null, 2019);
        s2 = student("Two");
        mobility(a, s2, null, 2019);
        mobility(c, s2, null, 2020);
        staff3 = data.staff(school, "Three", "Staff");
        mobility(b, null, staff3, 2019);
        s4 = student("Four");
        mobility(c, s4, null, 2019);
        s5 = student("Five");
        mobility(d, s5, null, 2019);
        s6 = student("Six");
        mobility(e, s6, null, 2019);
        s7 = student("Seven");
    }

    long project(String finalReport, boolean lowValue) {
        long id = data.project("P " + TestData.unique(), school);
        jdbc.update("update project set final_report_date = ?::date where id = ?", finalReport, id);
        if (lowValue) {
            jdbc.update("""
                    update project set granted_travel = 15000, granted_individual_support = 25000,
                           granted_organisational_support = 5000 where id = ?""", id);
        }
        return id;
    }

    long student(String name) {
        return data.student(school, name, "Élève", LocalDate.of(2003, 5, 14));
    }

    void mobility(long project, Long student, Long staff, int year) {
        long id = data.mobility(project, student, staff, school, host, LocalDate.of(year, 3, 4), LocalDate.of(year, 3, 22));
        jdbc.update("update mobility set status = 'COMPLETED', learning_outcomes = 'Outcomes of ' || id where id = ?", id);
    }

    boolean anonymised(String table, long id) {
        return jdbc.queryForObject("select last_name like 'ANON-%' from " + table + " where id = ?", Boolean.class, id);
    }

    @Test
    void anonymisesThePeopleOfProjectsPastTheirDayOnly() {
        RetentionOutcome outcome = retention.run(DAY);
        assertThat(outcome.projectsDue()).isEqualTo(2);
        assertThat(outcome.studentsAnonymised()).isEqualTo(1);
        assertThat(outcome.staffAnonymised()).isEqualTo(1);
        assertThat(anonymised("student", s1)).isTrue();
        assertThat(anonymised("staff_member", staff3)).isTrue();
        for (long kept : new long[] {s2, s4, s5, s6, s7}) {
            assertThat(anonymised("student", kept)).as("student %d", kept).isFalse();
        }
        assertThat(jdbc.queryForObject("select learning_outcomes from mobility_view where student_id = ?", String.class, s1)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mobility_view where student_id = ? and learning_outcomes is not null",
                Long.class, s2)).isEqualTo(2);
        String number = jdbc.queryForObject("select number from project where id = ?", String.class, a);
        assertThat(jdbc.queryForObject("""
                select detail from privacy_request where action = 'ANONYMISATION' and subject_kind = 'STUDENT' and subject_id = ?
                and requested_by = 'system:retention'""", String.class, s1)).contains(number);
    }

    @Test
    void nextMonthsListHasProjectDAndItsPersonWhoIsAnonymisedOnTheDay() {
        assertThat(retention.pendingBy(LocalDate.of(2027, 1, 31))).containsExactly(2, 1);
        retention.run(DAY);
        assertThat(retention.pendingBy(LocalDate.of(2027, 1, 31))).containsExactly(1, 0);
        assertThat(retention.run(Instant.parse("2026-12-19T12:00:00Z")).studentsAnonymised()).isZero();
        assertThat(retention.run(Instant.parse("2026-12-21T12:00:00Z")).studentsAnonymised()).isEqualTo(1);
        assertThat(anonymised("student", s5)).isTrue();
        assertThat(anonymised("student", s2)).isFalse();
    }

    @Test
    void deactivatesAccountsUnusedForAYearAndKeepsTheOthers() {
        long unused = data.userId(data.user("Unused", Role.ACCOUNTANT, school));
        long recent = data.userId(data.user("Recent", Role.ACCOUNTANT, school));
        long never = data.userId(data.user("Never", Role.ACCOUNTANT, school));
        jdbc.update("update app_user set last_sign_in_at = '2025-06-01T08:00:00Z' where id = ?", unused);
        jdbc.update("update app_user set last_sign_in_at = '2026-11-01T08:00:00Z' where id = ?", recent);
        jdbc.update("update app_user set created_at = '2024-01-01T08:00:00Z' where id = ?", never);
        retention.run(DAY);
        assertThat(active(unused)).isFalse();
        assertThat(active(recent)).isTrue();
        assertThat(active(never)).isFalse();
    }

    boolean active(long user) {
        return jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, user);
    }

    @Test
    void purgesLinksUsedOrExpiredAndKeepsTheValidOnes() {
        long user = data.userId(data.user("Links", Role.ACCOUNTANT, school));
        token(user, "used", "2026-12-10T00:00:00Z", "2026-12-02T00:00:00Z");
        token(user, "expired", "2026-12-04T00:00:00Z", null);
        token(user, "valid", "2026-12-10T00:00:00Z", null);
        long mobility = jdbc.queryForObject("select id from mobility_view where student_id = ?", Long.class, s4);
        reportLink(mobility, "a", "2027-01-30T00:00:00Z", "2026-12-03T00:00:00Z");
        reportLink(mobility, "b", "2026-11-30T00:00:00Z", null);
        reportLink(mobility, "c", "2027-01-30T00:00:00Z", null);
        retention.run(DAY);
        assertThat(jdbc.queryForList("select token_hash from password_token where user_id = ?", String.class, user))
                .containsExactly("valid");
        assertThat(jdbc.queryForList("select trim(token_hash) from report_link where mobility_id = ?", String.class, mobility))
                .containsExactly("c".repeat(64));
    }

    void token(long user, String hash, String expires, String used) {
        jdbc.update("insert into password_token (user_id, token_hash, created_at, expires_at, used_at) values (?, ?, ?, ?, ?)",
                user, hash, Timestamp.from(Instant.parse("2026-12-01T00:00:00Z")), Timestamp.from(Instant.parse(expires)),
                used == null ? null : Timestamp.from(Instant.parse(used)));
    }

    void reportLink(long mobility, String letter, String expires, String used) {
        jdbc.update("insert into report_link (mobility_id, token_hash, created_by, created_at, expires_at, used_at) values (?, ?, 'x', ?, ?, ?)",
                mobility, letter.repeat(64), Timestamp.from(Instant.parse("2026-12-01T00:00:00Z")),
                Timestamp.from(Instant.parse(expires)), used == null ? null : Timestamp.from(Instant.parse(used)));
    }
}
