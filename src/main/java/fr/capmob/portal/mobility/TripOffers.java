package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trips that fit a mobility, at most {@link #LIMIT}: of its project, with its sending school among the trip's
 * schools, dates overlapping its own, to its destination city; those its dates lie inside first, then the nearest
 * departure. One statement whatever the number of trips.
 */
@Component
class TripOffers {

    static final int LIMIT = 10;

    /** What the offers are for: a stored mobility or the form's values (a null value matches nothing). */
    record Wanted(Long projectId, Long schoolId, LocalDate start, LocalDate end, Integer cityId, Long currentTripId) {

        boolean complete() {
            return projectId != null && schoolId != null && start != null && end != null && cityId != null
                    && !end.isBefore(start);
        }
    }

    private final JdbcClient jdbc;

    TripOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TripOffer> of(Wanted wanted) {
        if (!wanted.complete()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.name, c.name as city, c.country, t.start_date, t.end_date,
                               (select count(*) from mobility m where m.trip_id = t.id and m.status <> 'CANCELLED') as participants,
                               (select count(*) from mobility m where m.trip_id = t.id and m.status <> 'CANCELLED'
                                  and m.activity_type = 'ACCOMPANYING') as escorts,
                               (t.start_date <= :start and t.end_date >= :end) as fits
                        from trip t join city c on c.id = t.destination_city_id
                        where t.project_id = :project and t.destination_city_id = :city and t.id <> :current
                          and daterange(t.start_date, t.end_date, '[]') && daterange(:start, :end, '[]')
                          and exists (select 1 from trip_school ts where ts.trip_id = t.id and ts.school_id = :school)
                        order by fits desc, abs(t.start_date - cast(:start as date)), t.id
                        limit :limit""")
                .param("project", wanted.projectId()).param("city", wanted.cityId())
                .param("current", wanted.currentTripId() == null ? -1L : wanted.currentTripId())
                .param("start", wanted.start()).param("end", wanted.end()).param("school", wanted.schoolId())
                .param("limit", LIMIT)
                .query((rs, n) -> new TripOffer(rs.getLong("id"), rs.getString("name"), rs.getString("city"),
                        rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getLong("participants"), rs.getLong("escorts"),
                        rs.getBoolean("fits")))
                .list();
    }
}
