package fr.capmob.portal.demo;

import fr.capmob.portal.geo.City;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.LearningAgreement;
import fr.capmob.portal.mobility.MobilityStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's writes into the mobility module's tables: group trips, mobilities with their dated history, the
 * reference counters. Plain SQL rather than the mobility services: the demo's history is dated over 2018–2021
 * (the services record every move at the present time) and its 733 mobilities are reported, so no longer editable.
 * The rules the services enforce hold by construction (one mobility per participant, at least one accompanying
 * person per trip, at most 8 minors each). Dates are activity dates; one travel day before and one after.
 */
@Component
class DemoMobilityRows {

    static final String COVID_REASON = "Crise sanitaire COVID-19 : voyages suspendus";
    private static final LocalDate COVID_CANCELLATION = LocalDate.of(2020, 3, 13);
    private static final List<MobilityStatus> LIFECYCLE = List.of(MobilityStatus.DRAFT, MobilityStatus.SUBMITTED,
            MobilityStatus.APPROVED, MobilityStatus.CONFIRMED, MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED,
            MobilityStatus.REPORTED);

    record Host(long id, int cityId, String country, String contact) {
    }

    record Trip(long id, long projectId, Host host) {
    }

    /** A mobility to write: its reference, who (a student or a staff member), when, where it stands. */
    record Row(Trip trip, String reference, ActivityType activity, Long studentId, Long staffId, long schoolId,
               LocalDate start, LocalDate end, MobilityStatus status, LearningAgreement agreement) {
    }

    /** A mobility outside a group trip (a staff activity, an ErasmusPro placement, an incoming guest). */
    record Single(long projectId, String reference, ActivityType activity, Long studentId, Long staffId, long schoolId,
                  long hostId, Integer departureCityId, String locationComment, int destinationCityId, LocalDate start,
                  LocalDate end, MobilityStatus status, LearningAgreement agreement) {
    }

    private final JdbcTemplate jdbc;

    DemoMobilityRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A trip of one school to one host, named after its destination and month, e.g. "Vienna, octobre 2018".
     * {@code start} and {@code end} are the activity's dates; the group travels the day before and the day after.
     */
    Trip insertTrip(long project, long school, Host host, LocalDate start, LocalDate end, String month) {
        // a French consortium names its trips in French: "Vienne, mars 2022"
        String city = jdbc.queryForObject("select name || ';' || country from city where id = ?", String.class, host.cityId());
        String[] nameAndCountry = city.split(";");
        String name = City.displayName(nameAndCountry[0], nameAndCountry[1], Locale.FRENCH) + ", " + month;
        long id = jdbc.queryForObject("""
                insert into trip (project_id, name, destination_city_id, start_date, end_date, transport, updated_by)
                values (?, ?, ?, ?, ?, 'PLANE', 'demo') returning id""",
                Long.class, project, name, host.cityId(), Date.valueOf(start), Date.valueOf(end));
        jdbc.update("insert into trip_school (trip_id, school_id) values (?, ?)", id, school);
        jdbc.update("insert into trip_host (trip_id, host_id) values (?, ?)", id, host.id());
        return new Trip(id, project, host);
    }

    /** The mobility and its history: each step of the lifecycle up to its status, dated before, during and after the stay. */
    void insertMobility(Row row) {
        boolean cancelled = row.status() == MobilityStatus.CANCELLED;
        long id = jdbc.queryForObject("""
                insert into mobility (project_id, reference, activity_type, student_id, staff_id, sending_school_id, host_id,
                    destination_city_id, start_date, end_date, travel_days_before, travel_days_after, transport, status,
                    cancellation_reason, force_majeure, trip_id, learning_outcomes, tasks, mentor, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 'PLANE', ?, ?, ?, ?, ?, ?, ?, 'demo') returning id""", Long.class,
                row.trip().projectId(), row.reference(), row.activity().name(), row.studentId(), row.staffId(), row.schoolId(),
                row.trip().host().id(), row.trip().host().cityId(), Date.valueOf(row.start()), Date.valueOf(row.end()),
                row.status().name(), cancelled ? COVID_REASON : null, cancelled, row.trip().id(),
                row.agreement().learningOutcomes(), row.agreement().tasks(), row.agreement().mentor());
        jdbc.batchUpdate("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_at, comment, force_majeure, changed_by)
                values (?, ?, ?, ?, ?, ?, 'demo')""", history(id, row.start(), row.end(), row.status()));
    }

    private static List<Object[]> history(long id, LocalDate start, LocalDate end, MobilityStatus status) {
        boolean cancelled = status == MobilityStatus.CANCELLED;
        MobilityStatus last = cancelled ? MobilityStatus.APPROVED : status;
        LocalDate[] when = {start.minusDays(120), start.minusDays(100), start.minusDays(80), start.minusDays(30), start,
                end, end.plusDays(45)};
        String from = null;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= LIFECYCLE.indexOf(last); i++) {
            rows.add(new Object[] {id, from, LIFECYCLE.get(i).name(), at(when[i]), null, false});
            from = LIFECYCLE.get(i).name();
        }
        if (cancelled) {
            rows.add(new Object[] {id, from, MobilityStatus.CANCELLED.name(), at(COVID_CANCELLATION), COVID_REASON, true});
        }
        return rows;
    }

    /** The project's next reference number, taken from its counter (for mobilities written after the counter). */
    int nextNumber(long project) {
        return jdbc.queryForObject("update mobility_counter set last_number = last_number + 1 where project_id = ?"
                + " returning last_number", Integer.class, project);
    }

    /** A mobility without a trip, and its history. */
    void insertSingle(Single row) {
        long id = jdbc.queryForObject("""
                insert into mobility (project_id, reference, activity_type, student_id, staff_id, sending_school_id, host_id,
                    departure_city_id, location_comment, destination_city_id, start_date, end_date, travel_days_before,
                    travel_days_after, transport, status, learning_outcomes, tasks, mentor, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 'PLANE', ?, ?, ?, ?, 'demo') returning id""", Long.class,
                row.projectId(), row.reference(), row.activity().name(), row.studentId(), row.staffId(), row.schoolId(),
                row.hostId(), row.departureCityId(), row.locationComment(), row.destinationCityId(),
                Date.valueOf(row.start()), Date.valueOf(row.end()), row.status().name(), row.agreement().learningOutcomes(),
                row.agreement().tasks(), row.agreement().mentor());
        jdbc.batchUpdate("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_at, comment, force_majeure, changed_by)
                values (?, ?, ?, ?, ?, ?, 'demo')""", history(id, row.start(), row.end(), row.status()));
    }

    /** The last reference number used in the project, so that the next mobility created in the portal follows on. */
    void insertCounter(long project, int lastNumber) {
        jdbc.update("insert into mobility_counter (project_id, last_number) values (?, ?)", project, lastNumber);
    }

    private static Timestamp at(LocalDate date) {
        return Timestamp.from(date.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }
}
