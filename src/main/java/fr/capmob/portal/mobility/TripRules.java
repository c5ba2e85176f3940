package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of a trip's content, shared by creation and edit (its project is chosen at creation and never edited),
 * and those of an edit: the trip must still hold each of its active mobilities as they are.
 */
@Component
class TripRules {

    private record Period(LocalDate start, LocalDate end) {
    }

    private final JdbcClient jdbc;
    private final TripAccess access;

    TripRules(JdbcClient jdbc, TripAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** {@code alreadyInTrip}: the schools the trip has now (a referent may keep a partner's school they may not add). */
    void check(TripCommand command, long projectId, Set<Long> alreadyInTrip, CurrentUser user) {
        if (command.name() == null || command.name().isBlank()) {
            throw new MobilityRuleException("name", "trip.name.required");
        }
        Period project = jdbc.sql("select start_date, end_date from project where id = :id").param("id", projectId)
                .query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional().orElseThrow(() -> new MobilityRuleException("projectId", "mobility.project.required"));
        checkSchools(command.schoolIds() == null ? Set.of() : command.schoolIds(), projectId, alreadyInTrip, user);
        if (command.destinationCityId() == null || jdbc.sql("select count(*) from city where id = :id")
                .param("id", command.destinationCityId()).query(Long.class).single() == 0) {
            throw new MobilityRuleException("destinationCityId", "mobility.city.required");
        }
        checkDates(command, project);
        Set<Long> hosts = command.hostIds() == null ? Set.of() : command.hostIds();
        if (hosts.isEmpty() || jdbc.sql("select count(*) from host_organisation where id in (:h)").param("h", hosts)
                .query(Long.class).single() != hosts.size()) {
            throw new MobilityRuleException("hostIds", "mobility.host.required");
        }
    }

    private void checkSchools(Set<Long> schools, long projectId, Set<Long> alreadyInTrip, CurrentUser user) {
        if (schools.isEmpty()) {
            throw new MobilityRuleException("schoolIds", "trip.schools.required");
        }
        long members = jdbc.sql("select count(*) from project_school where project_id = :p and school_id in (:s)")
                .param("p", projectId).param("s", schools).query(Long.class).single();
        if (members != schools.size()) {
            throw new MobilityRuleException("schoolIds", "mobility.school.notInProject");
        }
        if (user.isCoordinator()) {
            return;
        }
        if (!schools.contains(user.schoolId())) {
            throw new MobilityRuleException("schoolIds", "trip.schools.ownRequired");
        }
        for (long other : schools) {
            if (other != user.schoolId() && !alreadyInTrip.contains(other)
                    && !access.pairPartners(projectId, user.schoolId(), other)) {
                throw new MobilityRuleException("schoolIds", "trip.schools.pairOnly");
            }
        }
    }

    private static void checkDates(TripCommand command, Period project) {
        if (command.startDate() == null) {
            throw new MobilityRuleException("startDate", "mobility.startDate.required");
        }
        if (command.endDate() == null) {
            throw new MobilityRuleException("endDate", "mobility.endDate.required");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new MobilityRuleException("endDate", "mobility.endDate.beforeStart");
        }
        if (command.startDate().isBefore(project.start()) || command.endDate().isAfter(project.end())) {
            throw new MobilityRuleException("startDate", "mobility.dates.outsideProject", project.start(), project.end());
        }
    }

    /**
     * The trip's mobilities are never changed by an edit: each keeps its own school, host, city and dates, so the
     * edit is refused when the trip would no longer hold its active (non-cancelled) mobilities.
     */
    void checkHoldsParticipants(long tripId, TripCommand command) {
        List<String> schoolsInUse = jdbc.sql("""
                        select distinct s.name from mobility m join school s on s.id = m.sending_school_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' and m.sending_school_id not in (:s) order by s.name""")
                .param("t", tripId).param("s", command.schoolIds()).query(String.class).list();
        if (!schoolsInUse.isEmpty()) {
            throw new MobilityRuleException("schoolIds", "trip.edit.schoolHasParticipants", String.join(", ", schoolsInUse));
        }
        List<String> hostsInUse = jdbc.sql("""
                        select distinct h.legal_name from mobility m join host_organisation h on h.id = m.host_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' and m.host_id not in (:h) order by h.legal_name""")
                .param("t", tripId).param("h", command.hostIds()).query(String.class).list();
        if (!hostsInUse.isEmpty()) {
            throw new MobilityRuleException("hostIds", "trip.edit.hostInUse", String.join(", ", hostsInUse));
        }
        long otherCity = jdbc.sql("select count(*) from mobility m where m.trip_id = :t and m.status <> 'CANCELLED'"
                        + " and m.destination_city_id <> :c")
                .param("t", tripId).param("c", command.destinationCityId()).query(Long.class).single();
        if (otherCity > 0) {
            throw new MobilityRuleException("destinationCityId", "trip.edit.cityOfParticipants", otherCity);
        }
        checkPeriodHoldsParticipants(tripId, command);
    }

    private void checkPeriodHoldsParticipants(long tripId, TripCommand command) {
        record Span(long count, LocalDate first, LocalDate last) {
        }
        // how many would fall outside, and the period the trip must cover: from its first participant to its last
        Span span = jdbc.sql("select count(*) filter (where m.start_date < :start or m.end_date > :end),"
                        + " min(start_date), max(end_date) from mobility m"
                        + " where m.trip_id = :t and m.status <> 'CANCELLED'")
                .param("t", tripId).param("start", command.startDate()).param("end", command.endDate())
                .query((rs, n) -> new Span(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .single();
        if (span.count() > 0) {
            throw new MobilityRuleException(span.first().isBefore(command.startDate()) ? "startDate" : "endDate",
                    "trip.edit.datesExcludeParticipants", span.count(), span.first(), span.last());
        }
    }
}
