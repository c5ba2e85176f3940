package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of a mobility joining a trip (or moving to it), all checked and reported at once: a draft or submitted
 * mobility, not already in it, of the trip's project and of one of its schools, its dates inside the trip's, to
 * the trip's destination, with one of the trip's hosts, and, for a minor, a trip that has an accompanying person.
 * Leaving: a draft or submitted mobility in a trip, not an accompanying person's (they exist only in a trip).
 */
@Component
class TripMembershipRules {

    record TripFacts(long id, long projectId, int cityId, LocalDate start, LocalDate end, List<Long> schools,
                     List<Long> hosts, long escorts) {
    }

    private final JdbcClient jdbc;

    TripMembershipRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trip's facts, its row locked until the end of the transaction (two joins of one trip wait for each other). */
    TripFacts lockTrip(long tripId) {
        record Row(long projectId, int cityId, LocalDate start, LocalDate end) {
        }
        Row row = jdbc.sql("select project_id, destination_city_id, start_date, end_date from trip where id = :t for update")
                .param("t", tripId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .single();
        List<Long> schools = jdbc.sql("select school_id from trip_school where trip_id = :t").param("t", tripId)
                .query(Long.class).list();
        List<Long> hosts = jdbc.sql("select host_id from trip_host where trip_id = :t").param("t", tripId)
                .query(Long.class).list();
        long escorts = jdbc.sql("select count(*) from mobility m where m.trip_id = :t and m.status <> 'CANCELLED'"
                + " and m.activity_type = 'ACCOMPANYING'").param("t", tripId).query(Long.class).single();
        return new TripFacts(tripId, row.projectId(), row.cityId(), row.start(), row.end(), schools, hosts, escorts);
    }

    void checkJoin(Mobility mobility, TripFacts trip, boolean minor) {
        MobilityProblems.Collector problems = new MobilityProblems.Collector();
        checkStatus(mobility, problems);
        if (trip.id() == (mobility.getTripId() == null ? -1L : mobility.getTripId())) {
            problems.add("tripId", "trip.membership.alreadyIn");
        }
        if (trip.projectId() != mobility.getProjectId()) {
            problems.add("tripId", "trip.membership.otherProject");
        }
        if (!trip.schools().contains(mobility.getSendingSchoolId())) {
            problems.add("tripId", "trip.membership.schoolNotInTrip");
        }
        if (mobility.getStartDate().isBefore(trip.start()) || mobility.getEndDate().isAfter(trip.end())) {
            problems.add("tripId", "trip.membership.datesOutside", trip.start(), trip.end());
        }
        if (mobility.getDestinationCityId() != trip.cityId()) {
            problems.add("tripId", "trip.membership.otherDestination");
        }
        if (mobility.getHostId() != null && !trip.hosts().contains(mobility.getHostId())) {
            problems.add("tripId", "trip.membership.hostNotInTrip");
        }
        if (minor && trip.escorts() == 0) {
            problems.add("tripId", "trip.membership.noEscort");
        }
        problems.throwIfAny();
    }

    void checkLeave(Mobility mobility) {
        MobilityProblems.Collector problems = new MobilityProblems.Collector();
        checkStatus(mobility, problems);
        if (mobility.getTripId() == null) {
            problems.add(null, "trip.membership.notInTrip");
        }
        if (mobility.getActivityType() == ActivityType.ACCOMPANYING) {
            problems.add(null, "trip.membership.escortStays");
        }
        problems.throwIfAny();
    }

    private static void checkStatus(Mobility mobility, MobilityProblems.Collector problems) {
        if (!movable(mobility.getStatus())) {
            problems.add(null, "trip.membership.status", mobility.getStatus().name());
        }
    }

    /** A mobility joins, moves or leaves a trip while it is a draft or submitted. */
    static boolean movable(MobilityStatus status) {
        return status == MobilityStatus.DRAFT || status == MobilityStatus.SUBMITTED;
    }
}
