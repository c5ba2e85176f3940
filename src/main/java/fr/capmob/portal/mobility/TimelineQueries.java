package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.SearchSql;
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

    private JdbcClient.StatementSpec query(YearMonth month, Long projectId, Long schoolId, CurrentUser user,
                                           PageRequest request) {
        SearchSql abroad = MobilityQueries.scoped(SearchSql.from("""
                        from mobility m join school s on s.id = m.sending_school_id
                        join city c on c.id = m.destination_city_id left join trip t on t.id = m.trip_id"""), user)
                .where("m.status <> 'CANCELLED'")
                // the whole period overlapping the month, as the GiST index mobility_period_idx (V39_1) serves it
                .where("daterange(m.start_date, m.end_date, '[]') && daterange(:first, :last, '[]')", "first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .whereIfPresent(projectId, "m.project_id = :project", "project")
                .whereIfPresent(schoolId, "m.sending_school_id = :school", "school");
        return jdbc.sql("""
                        select min(coalesce(t.name, m.reference)) as label, min(s.name) as school, min(c.name) as city,
                               min(c.country) as country, min(m.start_date) as start_date, max(m.end_date) as end_date,
                               count(*) as participants, min(m.trip_id) as trip_id, min(m.id) as mobility_id,
                               count(*) over () as lines
                        """ + abroad.fromWhere() + """

                        group by coalesce(-m.trip_id, m.id) order by min(m.start_date), 1, min(m.id)
                        limit :size offset :offset""")
                .params(abroad.params())
                .param("size", request.getPageSize())
                .param("offset", request.getOffset());
    }

    private static TimelineRow row(ResultSet rs) throws SQLException {
        Long tripId = rs.getObject("trip_id", Long.class);
        return new TimelineRow(rs.getString("label"), rs.getString("school"), rs.getString("city"),
                rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getLong("participants"),
                tripId == null ? null : TripId.of(tripId), MobilityId.of(rs.getLong("mobility_id")));
    }
}
