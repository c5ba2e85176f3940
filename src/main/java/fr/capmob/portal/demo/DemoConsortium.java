package fr.capmob.portal.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo consortium, modelled on CAPMOB 2.0 (Académie de Paris, 2018–2021): 33 vocational schools
 * (invented names, but for Lycée Tirel), 13 experienced schools tutoring the 20 novice ones in 7 trios and
 * 6 pairs, the projects CAPMOB 2.0 and CAPMOB 2.1 ({@code demo/projects.json}), their hosts, participants and
 * mobilities, and one demo user per role ({@code demo/logins.json}). Written with plain SQL so it needs no module's
 * internals.
 */
@Component
class DemoConsortium {

    /** The demo users' password (listed in the README; demo data only, never in production). */
    static final String DEMO_PASSWORD = "Mobilite-Europe-2026";

    record DemoLogin(String email, String role, String who) {
    }

    /** The coordinator, the referents of the first two schools, the first school's accountant, the consortium's. */
    static final List<DemoLogin> LOGINS = DemoFiles.list("logins.json", DemoLogin.class);

    /** A project and its grant per budget item (amounts as written in the file). */
    record DemoProject(String number, String title, String generation, int callYear, String action, String start,
                       String end, String status, Granted granted) {
    }

    record Granted(String travel, String individual, String organisational, String inclusion, String exceptional) {
    }

    /** CAPMOB 2.0 (all 33 schools), then CAPMOB 2.1 (the novices and four of their tutors). */
    private static final List<DemoProject> PROJECTS = DemoFiles.list("projects.json", DemoProject.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final DemoSchools schools;
    private final DemoHosts hosts;
    private final DemoParticipants participants;
    private final DemoMobilities mobilities;
    private final DemoReportingData reporting;
    private final DemoOtherActivities otherActivities;

    DemoConsortium(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, DemoSchools schools, DemoHosts hosts,
                   DemoParticipants participants, DemoMobilities mobilities, DemoReportingData reporting,
                   DemoOtherActivities otherActivities) {
        this.reporting = reporting;
        this.otherActivities = otherActivities;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.schools = schools;
        this.hosts = hosts;
        this.participants = participants;
        this.mobilities = mobilities;
    }

    boolean isLoaded() {
        return jdbc.queryForObject("select exists (select 1 from school) or exists (select 1 from app_user)", Boolean.class);
    }

    @Transactional
    void load() {
        List<Long> schoolIds = schools.insert();
        List<Long> tutors = schoolIds.subList(0, DemoSchools.EXPERIENCED);
        List<Long> novices = schoolIds.subList(DemoSchools.EXPERIENCED, schoolIds.size());

        long capmob20 = insertProject(PROJECTS.get(0));
        schoolIds.forEach(school -> addMember(capmob20, school));
        // 7 trios then 6 pairs: each experienced school tutors one or two novices.
        int next = 0;
        for (int i = 0; i < tutors.size(); i++) {
            int size = i < 7 ? 2 : 1;
            insertPair(capmob20, tutors.get(i), novices.subList(next, next + size));
            next += size;
        }

        long capmob21 = insertProject(PROJECTS.get(1));
        novices.forEach(school -> addMember(capmob21, school));
        tutors.subList(0, 4).forEach(school -> addMember(capmob21, school));
        for (int i = 0; i < 4; i++) {
            insertPair(capmob21, tutors.get(i), novices.subList(i * 2, i * 2 + 2));
        }

        hosts.insert(tutors);
        participants.insert(schoolIds);
        mobilities.load(capmob20, capmob21, schoolIds);
        reporting.complete();
        otherActivities.load(capmob20, capmob21, schoolIds);
        insertUsers(schoolIds);
    }

    private long insertProject(DemoProject project) {
        Granted granted = project.granted();
        return jdbc.queryForObject("""
                insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date, status,
                    granted_travel, granted_individual_support, granted_organisational_support, granted_inclusion_support,
                    granted_exceptional_costs, updated_by)
                values (?, ?, ?, ?, ?, 'FR01', ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id
                """, Long.class, project.number(), project.title(), project.generation(), project.callYear(),
                project.action(), Date.valueOf(LocalDate.parse(project.start())), Date.valueOf(LocalDate.parse(project.end())),
                project.status(), new BigDecimal(granted.travel()), new BigDecimal(granted.individual()),
                new BigDecimal(granted.organisational()), new BigDecimal(granted.inclusion()),
                new BigDecimal(granted.exceptional()));
    }

    private void addMember(long projectId, long schoolId) {
        jdbc.update("insert into project_school (project_id, school_id) values (?, ?)", projectId, schoolId);
    }

    private void insertPair(long projectId, long tutor, List<Long> tutored) {
        long pair = jdbc.queryForObject("insert into tutoring_pair (project_id, updated_by) values (?, 'demo') returning id",
                Long.class, projectId);
        jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTOR')",
                pair, projectId, tutor);
        for (long school : tutored) {
            jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTORED')",
                    pair, projectId, school);
        }
    }

    private void insertUsers(List<Long> schoolIds) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        insertUser(LOGINS.get(0), null, hash);
        insertUser(LOGINS.get(1), schoolIds.get(0), hash);
        insertUser(LOGINS.get(2), schoolIds.get(1), hash);
        insertUser(LOGINS.get(3), schoolIds.get(0), hash);
        insertUser(LOGINS.get(4), null, hash);
    }

    private void insertUser(DemoLogin login, Long schoolId, String hash) {
        String name = login.who().substring(0, login.who().indexOf(" — "));
        jdbc.update("""
                insert into app_user (email, display_name, role, school_id, password_hash, preferred_language, password_changed_at, updated_by)
                values (?, ?, ?, ?, ?, 'fr', now(), 'demo')
                """, login.email(), name, login.role(), schoolId, hash);
    }
}
