package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is abroad during a month: group trips (one line each) and mobilities outside any trip whose period overlaps
 * the month, cancelled ones left out, within the user's scope. A page of {@link #PAGE_SIZE} lines, in one
 * statement (the number of lines comes with them), so a national consortium's busiest month stays a small page.
 */
@Service
@Transactional(readOnly = true)
public class TimelineQueries {

    /** Lines per page: each line is a row of day cells, so the page's size follows it. */
    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<TimelineRow> month(YearMonth month, Long projectId, Long schoolId, CurrentUser user, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        long[] total = {0};
        List<TimelineRow> rows = query(month, projectId, schoolId, user, request).query((rs, n) -> {
            total[0] = rs.getLong("lines");
            return row(rs);
        }).list();
        if (rows.isEmpty() && request.getPageNumber() > 0) {
            return month(month, projectId, schoolId, user, 0);
        }
        return new PageImpl<>(rows, request, total[0]);
    }

    /**
     * The month's lines, each found by its own period index (V43_2): group trips whose period overlaps the month and
     * that have a mobility in the user's scope, and mobilities outside any trip; the page of lines in order, then for
     * those lines only their school, destination and participants in the user's scope. A busy month of a national
     * consortium (7,000 mobilities in 700 trips) reads its 700 trips, not its 7,000 mobilities.
     */
    private JdbcClient.StatementSpec query(YearMonth month, Long projectId, Long schoolId, CurrentUser user,
                                           PageRequest request) {
        String inScope = (projectId == null ? "" : " and m.project_id = :project")
                + (schoolId == null ? "" : " and m.sending_school_id = :school")
                + (user.seesWholeConsortium() ? "" : " and m.sending_school_id = :userSchool");
        return jdbc.sql("""
                        with lines as (
                            select t.name as label, t.start_date, t.end_date, t.id as trip_id, cast(null as bigint) as mobility_id
                            from trip t
                            where daterange(t.start_date, t.end_date, '[]') && daterange(:first, :last, '[]')
                              and exists (select 1 from mobility m where m.trip_id = t.id and m.status <> 'CANCELLED' %1$s)
                            union all
                            select m.reference, m.start_date, m.end_date, null, m.id
                            from mobility m
                            where m.trip_id is null and m.status <> 'CANCELLED'
                              and daterange(m.start_date, m.end_date, '[]') && daterange(:first, :last, '[]') %1$s),
                        page as (
                            select l.*, count(*) over () as lines from lines l
                            order by l.start_date, l.label, l.trip_id, l.mobility_id limit :size offset :offset)
                        select p.label, p.start_date, p.end_date, p.trip_id, p.mobility_id, p.lines, x.school, x.city,
                               x.country, x.participants
                        from page p
                        cross join lateral (
                            select min(s.name) as school, min(c.name) as city, min(c.country) as country, count(*) as participants
                            from mobility m join school s on s.id = m.sending_school_id join city c on c.id = m.destination_city_id
                            where m.status <> 'CANCELLED' and (m.trip_id = p.trip_id or m.id = p.mobility_id) %1$s) x
                        order by p.start_date, p.label, p.trip_id, p.mobility_id""".formatted(inScope))
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .param("project", projectId == null ? -1L : projectId).param("school", schoolId == null ? -1L : schoolId)
                .param("userSchool", user.schoolId() == null ? -1L : user.schoolId())
                .param("size", request.getPageSize()).param("offset", request.getOffset());
    }

    private static TimelineRow row(ResultSet rs) throws SQLException {
        Long tripId = rs.getObject("trip_id", Long.class);
        Long mobilityId = rs.getObject("mobility_id", Long.class);
        return new TimelineRow(rs.getString("label"), rs.getString("school"), rs.getString("city"),
                rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getLong("participants"),
                tripId == null ? null : TripId.of(tripId), mobilityId == null ? null : MobilityId.of(mobilityId));
    }
}
