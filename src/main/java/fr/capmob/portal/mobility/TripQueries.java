package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists of trips (paged, within the user's scope), the approval queue's trips, and whom a trip may still take. */
@Component
class TripQueries {

    /**
     * The list's columns, read per trip of the page: the page's trips are taken first from the trips alone (in start
     * date order from an index, V46_1), then the project, city, schools and mobility counts of those 25 only (issue 16:
     * joined before the limit, 6,900 trips were joined and sorted on every view at 100× the demo).
     */
    private static final String COLUMNS = """
            select t.id, t.name, (select p.number from project p where p.id = t.project_id) as number,
                   (select c.name from city c where c.id = t.destination_city_id) as city,
                   (select c.country from city c where c.id = t.destination_city_id) as country, t.start_date, t.end_date,
                   (select string_agg(s.name, ', ' order by s.name) from trip_school ts join school s on s.id = ts.school_id
                    where ts.trip_id = t.id) as schools,
                   (select array[count(*) filter (where m.status <> 'CANCELLED'), count(*) filter (where m.status = 'SUBMITTED')]
                    from mobility m where m.trip_id = t.id) as counts,
                   """ + TripState.SQL_RANKS + " as state";

    /**
     * The trips alone: the page's trips are taken in start date order from an index (V46_1), then their project, city,
     * schools and mobility counts are read for those rows only (issue 16: joined before the limit, the 6,900 trips at
     * 100× the demo were joined and sorted on every view).
     */
    private static final String FROM = "\nfrom trip t";

    /**
     * A school's referents see the trips of their school and of its tutoring-pair partners in the project. Written as
     * the set of those trips' ids (from the school's index), not as a condition per trip: read in start order, a
     * condition per trip tested every trip of the consortium to find a school's few (18 ms at 100× the demo).
     */
    private static final String OWN_OR_PARTNERS = """
            t.id in (select ts.trip_id from trip_school ts where ts.school_id = :own
                     union
                     select ts.trip_id from tutoring_pair_member a
                     join tutoring_pair_member b on b.pair_id = a.pair_id
                     join trip_school ts on ts.school_id = b.school_id
                     join trip pt on pt.id = ts.trip_id and pt.project_id = a.project_id
                     where a.school_id = :own)""";

    /** A school's other users (accountants) see the trips of their school only. */
    private static final String OWN = "t.id in (select ts.trip_id from trip_school ts where ts.school_id = :own)";

    private final JdbcClient jdbc;

    TripQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<TripSummary> search(Long projectId, Pageable pageable, CurrentUser user) {
        return SearchSql.from(FROM)
                .whereIf(!user.seesWholeConsortium() && user.isReferent(), OWN_OR_PARTNERS)
                .whereIf(!user.seesWholeConsortium() && !user.isReferent(), OWN)
                .param("own", user.schoolId() == null ? -1L : user.schoolId())
                .whereIfPresent(projectId, "t.project_id = :project", "project")
                .page(jdbc, COLUMNS, "t.start_date desc, t.id desc", pageable, TripQueries::summary);
    }

    /** Trips with submitted mobilities, the oldest first. */
    List<TripSummary> awaitingApproval() {
        return jdbc.sql(COLUMNS + FROM + "\nwhere exists (select 1 from mobility m where m.trip_id = t.id and m.status = 'SUBMITTED')"
                        + " order by t.start_date, t.id limit 200")
                .query(TripQueries::summary).list();
    }

    private static TripSummary summary(ResultSet rs, int n) throws SQLException {
        return new TripSummary(TripId.of(rs.getLong("id")), rs.getString("name"), rs.getString("number"),
                rs.getString("schools"), rs.getString("city"), rs.getString("country"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                counts(rs)[0], counts(rs)[1], state(rs));
    }

    private static Long[] counts(ResultSet rs) throws SQLException {
        return (Long[]) rs.getArray("counts").getArray();
    }

    private static TripState state(ResultSet rs) throws SQLException {
        Long[] ranks = (Long[]) rs.getArray("state").getArray();
        return TripState.of(ranks[0] == null ? null : ranks[0].intValue(), ranks[1] == null ? null : ranks[1].intValue(),
                ranks[2]);
    }

    /** Students (or staff) of the trip's schools that the user may add (a referent: their own school's), not yet in it. */
    List<TripCandidate> eligible(boolean students, long tripId, CurrentUser user) {
        String table = students ? "student" : "staff_member";
        String column = students ? "student_id" : "staff_id";
        String own = user.isCoordinator() ? "" : " and x.school_id = :own";
        return jdbc.sql("select x.id, x.last_name || ' ' || x.first_name || ' — ' || s.name, "
                        + (students ? "x.birth_date > (t.start_date - interval '18 years')" : "false")
                        + " from " + table + " x join school s on s.id = x.school_id"
                        + " join trip_school ts on ts.school_id = x.school_id join trip t on t.id = ts.trip_id"
                        + " where ts.trip_id = :t" + own
                        + " and not exists (select 1 from mobility m where m.trip_id = :t and m." + column + " = x.id"
                        + " and m.status <> 'CANCELLED')"
                        + " order by s.name, x.normalised_last_name, x.normalised_first_name, x.id")
                .param("t", tripId).param("own", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> new TripCandidate(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }
}
