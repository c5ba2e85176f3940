package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.LearningAgreement;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.participant.PersonNames;
import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's activities beyond the group trips, so that each project's reporting file has every kind of row its call
 * has. Written after the trips (their references follow on from the project's counter) and after the reporting data
 * (the guests get their personal fields here).
 * <ul>
 * <li>CAPMOB 2.0 (call 2018): two trainers of host companies invited to teach at a consortium school for 10 days in
 *     2019 (OA-INV-EXP, reported in Mobility Tool+ as teaching/training assignments: a VET school may invite staff of
 *     an enterprise abroad to provide training), incoming, reported;</li>
 * <li>CAPMOB 2.1 (call 2021), Lycée Guillaume Tirel, approved in 2022: a 12-day course (SM-COUR-TRAIN: course fees
 *     for 10 days at most), a job-shadowing week, a teaching assignment, a 92-day ErasmusPro placement, an invited
 *     expert and a teacher in training hosted for 30 days (OA-HOS-TTT). Preparatory visits are not mobility activities:
 *     the Beneficiary Module records them in their own section, so the demo has none in the mobility file.</li>
 * </ul>
 * An incoming participant is a guest staff member of the receiving school (role OTHER, a local name of their country,
 * their nationality); the mobility's host is their organisation, its departure city theirs, its destination the
 * school's city.
 */
@Component
class DemoOtherActivities {

    /** Why an incoming participant's travel starts elsewhere than at the school (a departure city needs a comment). */
    static final String INCOMING_TRAVEL = "Participant accueilli : voyage depuis la ville de son organisation d’envoi";

    private record Host(long id, int cityId, String country) {
    }

    private final JdbcTemplate jdbc;
    private final DemoMobilityRows rows;

    DemoOtherActivities(JdbcTemplate jdbc, DemoMobilityRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    void load(long capmob20, long capmob21, List<Long> schools) {
        List<Host> hosts = jdbc.query("""
                        select distinct on (country) id, city_id, country from host_organisation
                        where updated_by = 'demo' and not intermediary order by country, id""",
                (rs, n) -> new Host(rs.getLong(1), rs.getInt(2), rs.getString(3)));
        incoming(capmob20, ActivityType.OA_INV_EXP, schools.get(1), host(hosts, "DE"), LocalDate.of(2019, 3, 11), 10,
                MobilityStatus.REPORTED);
        incoming(capmob20, ActivityType.OA_INV_EXP, schools.get(2), host(hosts, "ES"), LocalDate.of(2019, 11, 4), 10,
                MobilityStatus.REPORTED);
        long tirel = schools.get(0);
        List<Long> teachers = jdbc.queryForList(
                "select id from staff_member where school_id = ? and updated_by = 'demo' order by id", Long.class, tirel);
        MobilityStatus approved = MobilityStatus.APPROVED;
        outgoing(capmob21, ActivityType.SM_COUR_TRAIN, null, teachers.get(2), tirel, host(hosts, "IT"),
                LocalDate.of(2022, 10, 17), 12, approved);
        outgoing(capmob21, ActivityType.SM_JOB_SHDW, null, teachers.get(3), tirel, host(hosts, "FI"),
                LocalDate.of(2022, 11, 14), 5, approved);
        outgoing(capmob21, ActivityType.SM_TTA, null, teachers.get(4), tirel, host(hosts, "PT"),
                LocalDate.of(2023, 1, 16), 5, approved);
        // the youngest learner of the school not yet in a CAPMOB 2.1 mobility
        long learner = jdbc.queryForObject("""
                select id from student where school_id = ? and updated_by = 'demo'
                  and id not in (select student_id from mobility_view where project_id = ? and student_id is not null)
                order by birth_date desc, id limit 1""", Long.class, tirel, capmob21);
        outgoing(capmob21, ActivityType.LM_LONG_VET, learner, null, tirel, host(hosts, "IE"), LocalDate.of(2022, 9, 19), 92,
                approved);
        incoming(capmob21, ActivityType.OA_INV_EXP, tirel, host(hosts, "AT"), LocalDate.of(2022, 12, 5), 5, approved);
        incoming(capmob21, ActivityType.OA_HOS_TTT, tirel, host(hosts, "SE"), LocalDate.of(2023, 3, 6), 30, approved);
    }

    private static Host host(List<Host> hosts, String country) {
        return hosts.stream().filter(h -> h.country().equals(country)).findFirst().orElseThrow();
    }

    private void outgoing(long project, ActivityType activity, Long student, Long staff, long school, Host host,
                          LocalDate start, int days, MobilityStatus status) {
        String theme = student == null ? activity.name() : DemoLearningAgreements.themeOfStudent(
                jdbc.queryForObject("select specialty from student where id = ?", String.class, student),
                DemoSchools.SCHOOLS.get(0).fields());
        insert(new Row(project, activity, student, staff, school, host, null, host.cityId(), theme, null), start, days,
                status);
    }

    /**
     * A guest from the host's country, received by the school: from the host's city to the school's. Their tutor is a
     * teacher of the school; their agreement reads like a teaching assignment (expert) or job shadowing (teacher in
     * training).
     */
    private void incoming(long project, ActivityType activity, long school, Host host, LocalDate start, int days,
                          MobilityStatus status) {
        long guest = guest(school, host.country(), activity);
        int schoolCity = jdbc.queryForObject("select city_id from school where id = ?", Integer.class, school);
        String tutor = jdbc.queryForObject("select first_name || ' ' || last_name from staff_member"
                + " where school_id = ? and role = 'TEACHER' order by id limit 1", String.class, school);
        String theme = activity == ActivityType.OA_INV_EXP ? ActivityType.SM_TTA.name() : ActivityType.SM_JOB_SHDW.name();
        insert(new Row(project, activity, null, guest, school, host, host.cityId(), schoolCity, theme, tutor), start, days,
                status);
    }

    /** A mobility to write; {@code tutor}: the mentor at the school of an incoming participant (else a local name). */
    private record Row(long project, ActivityType activity, Long student, Long staff, long school, Host host,
                       Integer departureCity, int destinationCity, String theme, String tutor) {
    }

    private void insert(Row row, LocalDate start, int days, MobilityStatus status) {
        int number = rows.nextNumber(row.project());
        String serial = jdbc.queryForObject("select right(number, 6) from project where id = ?", String.class, row.project());
        LearningAgreement agreement = DemoLearningAgreements.of(number, row.theme(), row.tutor() != null,
                row.host().country(), row.tutor());
        Integer departure = row.departureCity();
        rows.insertSingle(new DemoMobilityRows.Single(row.project(), serial + "-MOB-" + String.format("%05d", number),
                row.activity(), row.student(), row.staff(), row.school(), row.host().id(), departure,
                departure == null ? null : INCOMING_TRAVEL, row.destinationCity(), start, start.plusDays(days - 1L), status,
                agreement));
    }

    /** A guest staff member of the school: a local name of the host's country (the demo's mentors' names). */
    private long guest(long school, String country, ActivityType activity) {
        List<DemoLearningAgreements.MentorName> names = DemoLearningAgreements.MENTOR_NAMES.stream()
                .filter(n -> n.country().equals(country)).toList();
        DemoLearningAgreements.MentorName name = names.get(activity.ordinal() % names.size());
        String first = name.name().substring(0, name.name().indexOf(' '));
        String last = name.name().substring(name.name().indexOf(' ') + 1);
        String email = (plain(first) + "." + plain(last) + "@guest.capmob.example").toLowerCase(Locale.ROOT);
        LocalDate birth = LocalDate.of(1975 + (int) (school % 15), 1 + (int) (school % 12), 10);
        return jdbc.queryForObject("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                    email, role, birth_date, gender, nationality, updated_by)
                values (?, ?, ?, ?, ?, ?, 'OTHER', ?, ?, ?, 'demo') returning id""", Long.class,
                school, last, first, PersonNames.normalise(last), PersonNames.normalise(first), email, Date.valueOf(birth),
                name.female() ? "F" : "M", country);
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "");
    }
}
