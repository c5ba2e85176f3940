package fr.capmob.portal.mobility;

import fr.capmob.portal.shared.ConcurrentEditException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the rows of a trip: {@code trip}, its schools ({@code trip_school}) and hosts ({@code trip_host}). */
@Component
class TripStore {

    private final JdbcClient jdbc;
    private final TripAccess access;

    TripStore(JdbcClient jdbc, TripAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    long insert(TripCommand command, String by) {
        long id = jdbc.sql("""
                        insert into trip (project_id, name, destination_city_id, start_date, end_date, travel_days_before,
                                          travel_days_after, transport, updated_by)
                        values (:p, :name, :city, :start, :end, :before, :after, :transport, :by) returning id""")
                .param("p", command.projectId()).param("name", command.name().trim())
                .param("city", command.destinationCityId()).param("start", command.startDate())
                .param("end", command.endDate()).param("before", command.travelDaysBefore())
                .param("after", command.travelDaysAfter())
                .param("transport", command.transport() == null ? null : command.transport().name())
                .param("by", by).query(Long.class).single();
        addSchoolsAndHosts(id, command);
        return id;
    }

    /** The trip's project, locked until the end of the transaction, if it is still at {@code version}. */
    long lockAt(long id, long version) {
        record Stored(long projectId, long version, String updatedBy, Instant updatedAt) {
        }
        Stored stored = jdbc.sql("select project_id, version, updated_by, updated_at from trip where id = :t for update")
                .param("t", id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .single();
        if (stored.version() != version) {
            throw new ConcurrentEditException(stored.updatedBy(), stored.updatedAt(), stored.version());
        }
        return stored.projectId();
    }

    void update(long id, TripCommand command, String by) {
        jdbc.sql("""
                        update trip set name = :name, destination_city_id = :city, start_date = :start, end_date = :end,
                            travel_days_before = :before, travel_days_after = :after, transport = :transport,
                            version = version + 1, updated_at = now(), updated_by = :by
                        where id = :t""")
                .param("t", id).param("name", command.name().trim()).param("city", command.destinationCityId())
                .param("start", command.startDate()).param("end", command.endDate())
                .param("before", command.travelDaysBefore()).param("after", command.travelDaysAfter())
                .param("transport", command.transport() == null ? null : command.transport().name())
                .param("by", by).update();
        jdbc.sql("delete from trip_school where trip_id = :t and school_id not in (:s)").param("t", id)
                .param("s", command.schoolIds()).update();
        jdbc.sql("delete from trip_host where trip_id = :t and host_id not in (:h)").param("t", id)
                .param("h", command.hostIds()).update();
        addSchoolsAndHosts(id, command);
    }

    private void addSchoolsAndHosts(long id, TripCommand command) {
        for (long school : command.schoolIds()) {
            jdbc.sql("insert into trip_school (trip_id, school_id) values (:t, :s) on conflict do nothing")
                    .param("t", id).param("s", school).update();
        }
        for (long host : command.hostIds()) {
            jdbc.sql("insert into trip_host (trip_id, host_id) values (:t, :h) on conflict do nothing")
                    .param("t", id).param("h", host).update();
        }
    }

    /** The stored trip as the edit form shows it, with the version it was read at. */
    TripEdit editable(long id) {
        Set<Long> schools = Set.copyOf(access.schoolsOf(id));
        Set<Long> hosts = Set.copyOf(jdbc.sql("select host_id from trip_host where trip_id = :t").param("t", id)
                .query(Long.class).list());
        return jdbc.sql("select * from trip where id = :t").param("t", id)
                .query((rs, n) -> new TripEdit(new TripCommand(rs.getLong("project_id"), rs.getString("name"), schools,
                        rs.getInt("destination_city_id"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getInt("travel_days_before"),
                        rs.getInt("travel_days_after"), MobilityViewRows.transport(rs), hosts), rs.getLong("version")))
                .single();
    }
}
