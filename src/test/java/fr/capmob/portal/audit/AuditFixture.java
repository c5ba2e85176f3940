package fr.capmob.portal.audit;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The data of the audit tests, committed (Envers writes its rows when a transaction commits, so these tests do not
 * run in a rolled-back transaction): two schools of one project, their referents and accountant, a coordinator.
 */
class AuditFixture {

    final String run = TestData.unique();
    final long schoolA;
    final long schoolB;
    final long project;
    final long host;
    final CurrentUser coordinator;
    final CurrentUser referentA;
    final CurrentUser referentB;
    final CurrentUser accountantA;
    private final JdbcTemplate jdbc;

    AuditFixture(TestData data, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        schoolA = data.school("Audit A " + run);
        schoolB = data.school("Audit B " + run);
        project = data.project("Audit " + run, schoolA, schoolB);
        host = data.host("Audit host " + run, schoolA);
        coordinator = data.principal(data.user("Coord " + run, Role.COORDINATOR, null));
        referentA = data.principal(data.user("Ref A " + run, Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B " + run, Role.SCHOOL_REFERENT, schoolB));
        accountantA = data.principal(data.user("Compta A " + run, Role.ACCOUNTANT, schoolA));
    }

    /** Signs {@code user} in on this thread, as a request would: the revision's author. */
    static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The audit rows of one row, oldest first, with their revision's author. */
    List<Map<String, Object>> rows(String table, String keyColumn, long key) {
        return jdbc.queryForList("select a.*, r.user_id as author_id, r.user_name as author from " + table + "_aud a"
                + " join audit_revision r on r.id = a.rev where a." + keyColumn + " = ? order by a.rev", key);
    }

    List<Integer> revisionTypes(String table, String keyColumn, long key) {
        return rows(table, keyColumn, key).stream().map(row -> ((Number) row.get("revtype")).intValue()).toList();
    }

    long student(String lastName) {
        return jdbc.queryForObject("select id from student where last_name = ?", Long.class, lastName);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
