package fr.capmob.portal.notification;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A school with a project, a host and users of their own, addresses on the test's domain. */
final class NotificationFixture {

    final String run = TestData.unique();
    final long school;
    final long otherSchool;
    final long project;
    final long host;
    private final TestData data;
    private final JdbcClient jdbc;
    private final String domain;
    private int users;

    NotificationFixture(TestData data, JdbcClient jdbc, String domain) {
        this.data = data;
        this.jdbc = jdbc;
        this.domain = domain;
        school = data.school("Notif A " + run);
        otherSchool = data.school("Notif B " + run);
        project = data.project("Notif project " + run, school, otherSchool);
        host = data.host("Notif host " + run, school);
    }

    /** A user with an address on the test's domain and this language; returns the address. */
    String user(Role role, Long schoolId, String language) {
        String address = role.name().toLowerCase().replace('_', '.') + (++users) + "@" + domain;
        jdbc.sql("update app_user set email = :to, preferred_language = :lang where email = :from")
                .param("to", address).param("lang", language)
                .param("from", data.user("Notif user " + users, role, schoolId)).update();
        return address;
    }

    /** A mobility of the school in this status, for a student born on {@code birth}. */
    long mobility(String status, LocalDate birth, LocalDate start, LocalDate end) {
        long student = data.student(school, "Notif " + run, "Eleve" + (++users), birth);
        long id = data.mobility(project, student, null, school, host, start, end);
        jdbc.sql("update mobility set status = :s where id = :id").param("s", status).param("id", id).update();
        return id;
    }

    String reference(long mobility) {
        return jdbc.sql("select reference from mobility where id = :id").param("id", mobility).query(String.class)
                .single();
    }
}
