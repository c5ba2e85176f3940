package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.MobilityStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mobilities of the demo consortium, as the CAPMOB 2.0 summary reports them: 471 student and 246
 * accompanying-staff mobilities in group trips (one school each) to 16 countries, from 12 to 62 days away (10 to 60 activity days plus two travel days), over the
 * project period; mostly reported, the last ones completed; the trips of spring 2020 left after the sanitary crisis,
 * and a staff job-shadowing week planned then was cancelled for force majeure. CAPMOB 2.1 holds a draft and a
 * submitted trip of Lycée Guillaume Tirel, and a submitted trip of each of its other member schools. Every mobility has its learning agreement ({@link DemoLearningAgreements}).
 */
@Component
class DemoMobilities {

    static final LocalDate FIRST_DEPARTURE = LocalDate.of(2018, 10, 8);
    static final LocalDate COVID_FROM = LocalDate.of(2020, 3, 10);
    static final LocalDate COVID_TO = LocalDate.of(2020, 5, 20);
    static final LocalDate COMPLETED_FROM = LocalDate.of(2020, 9, 1);
    static final long COVID_DAYS = ChronoUnit.DAYS.between(COVID_FROM, COVID_TO) + 1;
    private static final LocalDate LAST_DEPARTURE = LocalDate.of(2020, 12, 10);
    private static final String CAPMOB20_SERIAL = "047193";
    private static final String CAPMOB21_SERIAL = "012345";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    /** A participant and the theme of their learning agreement (a learner's vocational field; null for staff). */
    private record Participant(long id, String theme) {
    }

    /** Half of a school's students and half of its staff, who travel together. */
    private record Group(long school, List<Participant> students, List<Participant> staff) {
    }

    /** The numbering of the mobilities being loaded: in the whole demo (learning agreements) and in the project. */
    private static final class Numbers {
        long inDemo;
        int inProject;
    }

    private final JdbcTemplate jdbc;
    private final DemoMobilityRows rows;

    DemoMobilities(JdbcTemplate jdbc, DemoMobilityRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    void load(long capmob20, long capmob21, List<Long> schools) {
        List<DemoMobilityRows.Host> hosts = oneHostPerCountry(16);
        Map<Long, List<Participant>> students = students(schools);
        Map<Long, List<Participant>> staff = bySchool(
                "select school_id, id, null from staff_member where updated_by = 'demo' order by id");
        List<Group> groups = halves(schools, students, staff);
        Numbers numbers = new Numbers();
        long span = ChronoUnit.DAYS.between(FIRST_DEPARTURE, LAST_DEPARTURE);
        for (int t = 0; t < groups.size(); t++) {
            // the first halves of every school leave first, then the second halves: each school travels twice
            int index = t < schools.size() ? 2 * t : 2 * (t - schools.size()) + 1;
            // departures spread over the project period, none while travel was suspended (spring 2020)
            LocalDate start = FIRST_DEPARTURE.plusDays((span - COVID_DAYS) * t / groups.size());
            if (!start.isBefore(COVID_FROM)) {
                start = start.plusDays(COVID_DAYS);
            }
            int days = t == 5 ? 62 : 16 + (t * 7) % 31; // 16–46 days, one trip of 62
            trip(capmob20, groups.get(index), hosts.get(t % hosts.size()), start, days, numbers);
        }
        cancelledJobShadowing(capmob20, schools.get(0), hosts.get(0), staff.get(schools.get(0)), numbers);
        rows.insertCounter(capmob20, numbers.inProject);
        current(capmob21, schools.get(0), hosts, students.get(schools.get(0)), staff.get(schools.get(0)), numbers);
        submittedByTheOtherMembers(capmob21, schools.get(0), hosts, students, staff, numbers);
        rows.insertCounter(capmob21, numbers.inProject);
    }

    /** Each school's students and staff in two halves: groups 2i and 2i + 1 are school i's. */
    private static List<Group> halves(List<Long> schools, Map<Long, List<Participant>> students,
                                      Map<Long, List<Participant>> staff) {
        List<Group> groups = new ArrayList<>();
        for (long school : schools) {
            List<Participant> pupils = students.getOrDefault(school, List.of());
            List<Participant> teachers = staff.getOrDefault(school, List.of());
            int half = pupils.size() / 2;
            int staffHalf = teachers.size() / 2;
            groups.add(new Group(school, pupils.subList(0, half), teachers.subList(0, staffHalf)));
            groups.add(new Group(school, pupils.subList(half, pupils.size()), teachers.subList(staffHalf, teachers.size())));
        }
        return groups;
    }

    /** A group's trip: its learners for the whole stay; the first escort too, the others in turns of 12 days or more. */
    private void trip(long capmob20, Group group, DemoMobilityRows.Host host, LocalDate departure, int days, Numbers numbers) {
        // {@code days} from departure to return: the activity is the days between the two travel days
        LocalDate start = departure.plusDays(1);
        LocalDate end = departure.plusDays(days - 2);
        DemoMobilityRows.Trip trip = rows.insertTrip(capmob20, group.school(), host, start, end, start.format(MONTH));
        MobilityStatus status = start.isBefore(COMPLETED_FROM) ? MobilityStatus.REPORTED : MobilityStatus.COMPLETED;
        for (Participant student : group.students()) {
            insert(trip, CAPMOB20_SERIAL, ActivityType.LM_SHORT_VET, student, null, group.school(), start, end, status, numbers);
        }
        for (int e = 0; e < group.staff().size(); e++) {
            int escortDays = e == 0 ? days : e == 1 ? 12 : 12 + (e * 5) % (days - 11);
            insert(trip, CAPMOB20_SERIAL, ActivityType.ACCOMPANYING, null, group.staff().get(e), group.school(), start,
                    departure.plusDays(escortDays - 2), status, numbers);
        }
    }

    /**
     * What the sanitary crisis cut: a job-shadowing week of four teachers of the first school planned for spring 2020,
     * cancelled for force majeure. The learners' trips of that spring left after the crisis instead, so the
     * 471 students and 246 accompanying staff of the summary all went abroad.
     */
    private void cancelledJobShadowing(long capmob20, long school, DemoMobilityRows.Host host, List<Participant> teachers,
                                       Numbers numbers) {
        LocalDate start = LocalDate.of(2020, 3, 31);
        LocalDate end = start.plusDays(9);
        DemoMobilityRows.Trip trip = rows.insertTrip(capmob20, school, host, start, end, start.format(MONTH));
        for (Participant teacher : teachers.subList(0, Math.min(4, teachers.size()))) {
            insert(trip, CAPMOB20_SERIAL, ActivityType.SM_JOB_SHDW, null, teacher, school, start, end,
                    MobilityStatus.CANCELLED, numbers);
        }
    }

    /** CAPMOB 2.1: Lycée Guillaume Tirel has submitted a trip (five learners and an escort) and prepares another. */
    private void current(long capmob21, long tirel, List<DemoMobilityRows.Host> hosts, List<Participant> pupils,
                         List<Participant> teachers, Numbers numbers) {
        numbers.inProject = 0;
        MobilityStatus[] statuses = {MobilityStatus.SUBMITTED, MobilityStatus.DRAFT};
        LocalDate[] starts = {LocalDate.of(2022, 3, 7), LocalDate.of(2022, 5, 9)};
        for (int t = 0; t < 2; t++) {
            LocalDate start = starts[t].plusDays(1);
            LocalDate end = starts[t].plusDays(19);
            DemoMobilityRows.Trip trip = rows.insertTrip(capmob21, tirel, hosts.get(t), start, end, start.format(MONTH));
            for (Participant student : pupils.subList(t * 5, t * 5 + 5)) {
                insert(trip, CAPMOB21_SERIAL, ActivityType.LM_SHORT_VET, student, null, tirel, start, end, statuses[t], numbers);
            }
            insert(trip, CAPMOB21_SERIAL, ActivityType.ACCOMPANYING, null, teachers.get(t), tirel, start, end, statuses[t],
                    numbers);
        }
    }

    /**
     * CAPMOB 2.1's other member schools have each submitted a spring 2022 trip (three learners and an escort), so the
     * coordinator's approval queue holds more than a page of trips waiting, as it does before a submission deadline.
     */
    private void submittedByTheOtherMembers(long capmob21, long tirel, List<DemoMobilityRows.Host> hosts,
                                            Map<Long, List<Participant>> students, Map<Long, List<Participant>> staff,
                                            Numbers numbers) {
        List<Long> members = jdbc.queryForList(
                "select school_id from project_school where project_id = ? and school_id <> ? order by school_id",
                Long.class, capmob21, tirel);
        for (int i = 0; i < members.size(); i++) {
            long school = members.get(i);
            LocalDate start = LocalDate.of(2022, 3, 14).plusWeeks(i % 12);
            LocalDate end = start.plusDays(13 + i % 3 * 7);
            DemoMobilityRows.Trip trip = rows.insertTrip(capmob21, school, hosts.get((i + 2) % hosts.size()), start, end,
                    start.format(MONTH));
            for (Participant student : students.get(school).subList(0, 3)) {
                insert(trip, CAPMOB21_SERIAL, ActivityType.LM_SHORT_VET, student, null, school, start, end,
                        MobilityStatus.SUBMITTED, numbers);
            }
            insert(trip, CAPMOB21_SERIAL, ActivityType.ACCOMPANYING, null, staff.get(school).get(0), school, start, end,
                    MobilityStatus.SUBMITTED, numbers);
        }
    }

    private void insert(DemoMobilityRows.Trip trip, String serial, ActivityType activity, Participant student,
                        Participant staff, long school, LocalDate start, LocalDate end, MobilityStatus status,
                        Numbers numbers) {
        numbers.inDemo++;
        numbers.inProject++;
        String theme = student != null && student.theme() != null ? student.theme() : activity.name();
        rows.insertMobility(new DemoMobilityRows.Row(trip, serial + "-MOB-" + String.format("%05d", numbers.inProject),
                activity, student == null ? null : student.id(), staff == null ? null : staff.id(), school, start, end,
                status, DemoLearningAgreements.of(numbers.inDemo, theme, activity == ActivityType.ACCOMPANYING,
                        trip.host().country(), trip.host().contact())));
    }

    /** The first host (not an intermediary) of each of the first {@code countries} countries, by country code. */
    private List<DemoMobilityRows.Host> oneHostPerCountry(int countries) {
        List<DemoMobilityRows.Host> hosts = jdbc.query("""
                        select distinct on (country) id, city_id, country, contact_name from host_organisation
                        where updated_by = 'demo' and not intermediary order by country, id""",
                (rs, n) -> new DemoMobilityRows.Host(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
        return hosts.subList(0, Math.min(countries, hosts.size()));
    }

    /** The demo students by school, with the vocational field of their specialty (else their school's). */
    private Map<Long, List<Participant>> students(List<Long> schools) {
        Map<Long, List<String>> fields = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            fields.put(schools.get(i), DemoSchools.SCHOOLS.get(i).fields());
        }
        Map<Long, List<Participant>> bySchool = bySchool(
                "select school_id, id, specialty from student where updated_by = 'demo' order by id");
        bySchool.forEach((school, list) -> list.replaceAll(p -> new Participant(p.id(),
                DemoLearningAgreements.themeOfStudent(p.theme(), fields.getOrDefault(school, List.of())))));
        return bySchool;
    }

    /** Rows (school id, participant id, a text) grouped by school, in the order of the query. */
    private Map<Long, List<Participant>> bySchool(String sql) {
        Map<Long, List<Participant>> result = new TreeMap<>();
        jdbc.query(sql, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Participant(rs.getLong(2), rs.getString(3)));
        });
        return result;
    }
}
