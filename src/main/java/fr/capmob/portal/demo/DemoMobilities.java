package fr.capmob.portal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mobilities of the demo consortium, as the CAPMOB 2.0 summary reports them: 471 student and 246
 * accompanying-staff mobilities in group trips (one school each) to 16 countries, from 12 to 62 days, over the
 * project period; mostly reported, the last ones completed; the trips of spring 2020 left after the sanitary crisis,
 * and a staff job-shadowing week planned then was cancelled for force majeure. CAPMOB 2.1 holds a draft and a submitted trip of Lycée Guillaume Tirel.
 * Plain SQL: the rules the service enforces are respected by construction (one mobility per participant,
 * at least one accompanying person per trip, at most 8 minors each).
 */
@Component
class DemoMobilities {

    static final LocalDate FIRST_DEPARTURE = LocalDate.of(2018, 10, 8);
    static final LocalDate COVID_FROM = LocalDate.of(2020, 3, 10);
    static final LocalDate COVID_TO = LocalDate.of(2020, 5, 20);
    static final LocalDate COMPLETED_FROM = LocalDate.of(2020, 9, 1);
    static final long COVID_DAYS = java.time.temporal.ChronoUnit.DAYS.between(COVID_FROM, COVID_TO) + 1;

    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH);

    private final JdbcTemplate jdbc;

    DemoMobilities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Host(long id, int cityId) {
    }

    private record Trip(long id, long projectId, LocalDate start, LocalDate end, Host host) {
    }

    void load(long capmob20, long capmob21, List<Long> schools) {
        List<Host> hosts = oneHostPerCountry(16);
        Map<Long, List<Long>> students = bySchool("select school_id, id from student where updated_by = 'demo' order by id");
        Map<Long, List<Long>> staff = bySchool("select school_id, id from staff_member where updated_by = 'demo' order by id");
        List<List<Long>> studentGroups = new ArrayList<>();
        List<List<Long>> staffGroups = new ArrayList<>();
        for (long school : schools) {
            List<Long> pupils = students.getOrDefault(school, List.of());
            List<Long> teachers = staff.getOrDefault(school, List.of());
            int half = pupils.size() / 2;
            int staffHalf = teachers.size() / 2;
            studentGroups.add(pupils.subList(0, half));
            staffGroups.add(teachers.subList(0, staffHalf));
            studentGroups.add(pupils.subList(half, pupils.size()));
            staffGroups.add(teachers.subList(staffHalf, teachers.size()));
        }
        int trips = studentGroups.size();
        long span = java.time.temporal.ChronoUnit.DAYS.between(FIRST_DEPARTURE, LocalDate.of(2020, 12, 10));
        int counter = 0;
        for (int t = 0; t < trips; t++) {
            // the first halves of every school leave first, then the second halves: each school travels twice
            int index = t < schools.size() ? 2 * t : 2 * (t - schools.size()) + 1;
            // departures spread over the project period, none while travel was suspended (spring 2020)
            LocalDate start = FIRST_DEPARTURE.plusDays((span - COVID_DAYS) * t / trips);
            if (!start.isBefore(COVID_FROM)) {
                start = start.plusDays(COVID_DAYS);
            }
            int days = t == 5 ? 62 : 16 + (t * 7) % 31; // 16–46 days, one trip of 62
            LocalDate end = start.plusDays(days - 1);
            Host host = hosts.get(t % hosts.size());
            long school = schools.get(index / 2);
            Trip trip = insertTrip(capmob20, school, host, start, end, start.format(MONTH));
            String status = status(start);
            for (long student : studentGroups.get(index)) {
                counter++;
                insertMobility(trip, "047193", counter, "LM_SHORT_VET", student, null, school, start, end, status);
            }
            List<Long> escorts = staffGroups.get(index);
            for (int e = 0; e < escorts.size(); e++) {
                counter++;
                // the first escort stays with the group all along; the others take turns of 12 days or more
                int escortDays = e == 0 ? days : e == 1 ? 12 : 12 + (e * 5) % (days - 11);
                LocalDate escortEnd = start.plusDays(escortDays - 1);
                insertMobility(trip, "047193", counter, "ACCOMPANYING", null, escorts.get(e), school, start, escortEnd, status);
            }
        }
        counter = cancelledJobShadowing(capmob20, schools.get(0), hosts.get(0), staff.get(schools.get(0)), counter);
        jdbc.update("insert into mobility_counter (project_id, last_number) values (?, ?)", capmob20, counter);
        current(capmob21, schools.get(0), hosts);
    }

    private static String status(LocalDate start) {
        return start.isBefore(COMPLETED_FROM) ? "REPORTED" : "COMPLETED";
    }

    /**
     * What the sanitary crisis cut: a job-shadowing week of four teachers of the first school planned for spring 2020,
     * cancelled for force majeure. The learners' trips of that spring left after the crisis instead, so the
     * 471 students and 246 accompanying staff of the summary all went abroad.
     */
    private int cancelledJobShadowing(long capmob20, long school, Host host, List<Long> teachers, int counter) {
        LocalDate start = LocalDate.of(2020, 3, 30);
        LocalDate end = start.plusDays(11);
        Trip trip = insertTrip(capmob20, school, host, start, end, start.format(MONTH));
        for (long teacher : teachers.subList(0, Math.min(4, teachers.size()))) {
            counter++;
            insertMobility(trip, "047193", counter, "SM_JOB_SHDW", null, teacher, school, start, end, "CANCELLED");
        }
        return counter;
    }

    /** CAPMOB 2.1: Lycée Guillaume Tirel prepares a trip (draft) and has submitted another. */
    private void current(long capmob21, long tirel, List<Host> hosts) {
        List<Long> pupils = jdbc.queryForList("select id from student where school_id = ? order by id", Long.class, tirel);
        List<Long> teachers = jdbc.queryForList("select id from staff_member where school_id = ? order by id", Long.class, tirel);
        int counter = 0;
        String[] statuses = {"SUBMITTED", "DRAFT"};
        LocalDate[] starts = {LocalDate.of(2022, 3, 7), LocalDate.of(2022, 5, 9)};
        for (int t = 0; t < 2; t++) {
            LocalDate start = starts[t];
            LocalDate end = start.plusDays(20);
            Trip trip = insertTrip(capmob21, tirel, hosts.get(t), start, end, start.format(MONTH));
            for (long student : pupils.subList(t * 5, t * 5 + 5)) {
                counter++;
                insertMobility(trip, "012345", counter, "LM_SHORT_VET", student, null, tirel, start, end, statuses[t]);
            }
            counter++;
            insertMobility(trip, "012345", counter, "ACCOMPANYING", null, teachers.get(t), tirel, start, end, statuses[t]);
        }
        jdbc.update("insert into mobility_counter (project_id, last_number) values (?, ?)", capmob21, counter);
    }

    private List<Host> oneHostPerCountry(int countries) {
        List<Host> hosts = jdbc.query("""
                        select distinct on (country) id, city_id from host_organisation
                        where updated_by = 'demo' and not intermediary order by country, id""",
                (rs, n) -> new Host(rs.getLong(1), rs.getInt(2)));
        return hosts.subList(0, Math.min(countries, hosts.size()));
    }

    private Map<Long, List<Long>> bySchool(String sql) {
        Map<Long, List<Long>> result = new TreeMap<>();
        jdbc.query(sql, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return result;
    }

    /** A trip named after its destination and month, e.g. "Vienna, octobre 2018". */
    private Trip insertTrip(long project, long school, Host host, LocalDate start, LocalDate end, String month) {
        long id = jdbc.queryForObject("""
                insert into trip (project_id, name, destination_city_id, start_date, end_date, transport, updated_by)
                values (?, (select name from city where id = ?) || ', ' || ?, ?, ?, ?, 'PLANE', 'demo') returning id""",
                Long.class, project, host.cityId(), month, host.cityId(),
                Date.valueOf(start), Date.valueOf(end));
        jdbc.update("insert into trip_school (trip_id, school_id) values (?, ?)", id, school);
        jdbc.update("insert into trip_host (trip_id, host_id) values (?, ?)", id, host.id());
        return new Trip(id, project, start, end, host);
    }

    private static final List<String> LIFECYCLE = List.of("DRAFT", "SUBMITTED", "APPROVED", "CONFIRMED", "IN_PROGRESS",
            "COMPLETED", "REPORTED");

    private void insertMobility(Trip trip, String serial, int counter, String activity, Long student, Long staff,
                                long school, LocalDate start, LocalDate end, String status) {
        boolean cancelled = status.equals("CANCELLED");
        long id = jdbc.queryForObject("""
                insert into mobility (project_id, reference, activity_type, student_id, staff_id, sending_school_id, host_id,
                    destination_city_id, start_date, end_date, travel_days_before, travel_days_after, transport, status,
                    cancellation_reason, force_majeure, trip_id, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 'PLANE', ?, ?, ?, ?, 'demo') returning id""", Long.class,
                trip.projectId(), serial + "-MOB-" + String.format("%05d", counter), activity, student, staff, school,
                trip.host().id(), trip.host().cityId(), Date.valueOf(start), Date.valueOf(end), status,
                cancelled ? "Crise sanitaire COVID-19 : voyages suspendus" : null, cancelled, trip.id());
        // the history: each step of the lifecycle up to the status, dated before, during and after the stay
        String last = cancelled ? "APPROVED" : status;
        LocalDate[] when = {start.minusDays(120), start.minusDays(100), start.minusDays(80), start.minusDays(30), start,
                end, end.plusDays(45)};
        String from = null;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= LIFECYCLE.indexOf(last); i++) {
            rows.add(new Object[] {id, from, LIFECYCLE.get(i), at(when[i]), null, false});
            from = LIFECYCLE.get(i);
        }
        if (cancelled) {
            rows.add(new Object[] {id, from, "CANCELLED", at(LocalDate.of(2020, 3, 13)),
                    "Crise sanitaire COVID-19 : voyages suspendus", true});
        }
        jdbc.batchUpdate("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_at, comment, force_majeure, changed_by)
                values (?, ?, ?, ?, ?, ?, 'demo')""", rows);
    }

    private static Timestamp at(LocalDate date) {
        return Timestamp.from(date.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }
}
