package fr.capmob.portal.mobility;

import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' approval queue, the longest waiting first, {@link #PAGE_SIZE} lines a page: a mobility outside
 * any trip is a line, a group trip is one line with its submitted mobilities (the page shows its counts, {@link #trip}
 * its mobilities when the line is opened). Two statements whatever the data: the page's mobilities with the number
 * of lines, their {@link ApprovalChecks}.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalQueue {

    /**
     * Ten lines a page: a line is a card (choice, heading, counts, grant, wait, checks, approve button, disclosure), so
     * a page of 20 cost three times the portal's lightest page to write (0.34-0.36 of its throughput at 100× the demo,
     * the national benchmark), a page of 10 half as much again as a list's page of 25 rows.
     */
    public static final int PAGE_SIZE = 10;

    /**
     * The page's lines, the longest waiting first: each line read from its head, the first submitted mobility of its
     * trip (a mobility outside any trip heads its own line), walking the submitted mobilities in submission order
     * (V47_5's index) up to the page's end, with the number of lines of the whole queue ({@link #LINES}). The limit
     * and offset are written in ({@link SearchSql#limit}): bound, PostgreSQL planned the statement on every view.
     */
    private static String page(long offset) {
        return """
            with heads as (
                select m.id as head_id, m.trip_id, coalesce(m.submitted_at, '-infinity') as since
                from mobility m
                where m.status = 'SUBMITTED' and not exists (
                    select 1 from mobility o where o.trip_id = m.trip_id and o.status = 'SUBMITTED'
                    and (coalesce(o.submitted_at, '-infinity'), o.id) < (coalesce(m.submitted_at, '-infinity'), m.id))
                order by coalesce(m.submitted_at, '-infinity'), m.id""" + SearchSql.limit(PAGE_SIZE, offset) + """
            )
            , lines as (select h.*, (%s) as lines from heads h)
            """.formatted(LINES) + rows("l.trip_id is null");
    }

    /**
     * The number of lines of the queue: the submitted mobilities outside any trip and the trips with a submitted
     * mobility, read from V47_5's index alone (it grows with the queue, not with the data: 0.75 ms for 9,800 submitted
     * mobilities in 2,400 trips).
     */
    private static final String LINES = """
            select (select count(*) from mobility where status = 'SUBMITTED' and trip_id is null)
                + (select count(*) from (select distinct trip_id from mobility
                                         where status = 'SUBMITTED' and trip_id is not null) t)""";

    /** One trip's line, opened: its submitted mobilities, each with its details. */
    private static final String TRIP = """
            with lines as (select cast(:trip as bigint) as trip_id, 0 as head_id, 0 as since, 0 as lines)
            """ + rows("true");

    /**
     * The mobilities of the {@code lines} (a trip's submitted mobilities, a mobility outside any trip alone), with what
     * the queue shows of each; a trip's heading (name, schools, dates) once per line; participant, school and
     * destination only where {@code details} holds (a condition on the line: a closed trip's rows skip those reads).
     */
    private static String rows(String details) {
        return """
            select l.trip_id, tr.name as trip_name, tr.start_date as trip_start, tr.end_date as trip_end, ts.schools as trip_schools,
                   l.lines, m.id, m.reference, m.activity_type, d.participant,
                   coalesce(d.minor, false) as minor, d.school_name, d.city_name, d.country, m.start_date, m.end_date,
                   g.total as grant_total, m.submitted_at
            from lines l
            left join trip tr on tr.id = l.trip_id
            left join lateral (
                select string_agg(s.name, ', ' order by s.name) as schools
                from trip_school x join school s on s.id = x.school_id where x.trip_id = l.trip_id) ts on true
            cross join lateral (
                select l.head_id as id where l.trip_id is null
                union all
                select o.id from mobility o where o.trip_id = l.trip_id and o.status = 'SUBMITTED') line
            join mobility m on m.id = line.id
            left join mobility_grant g on g.mobility_id = m.id
            left join lateral (
                select coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as participant,
                       st.birth_date > (m.start_date - interval '18 years') as minor,
                       s.name as school_name, c.name as city_name, c.country
                from school s join city c on c.id = m.destination_city_id
                left join student st on st.id = m.student_id
                left join staff_member sf on sf.id = m.staff_id
                where s.id = m.sending_school_id and %s) d on true
            order by l.since, l.head_id, (m.student_id is null), d.participant, m.id"""
                .formatted(details);
    }

    private record Line(ApprovalItem.Trip trip, ApprovalRow row) {
    }

    private final JdbcClient jdbc;
    private final ApprovalChecks checks;
    private final Clock clock;

    ApprovalQueue(JdbcClient jdbc, ApprovalChecks checks, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Page<ApprovalItem> page(int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<Line> lines = jdbc.sql(page(request.getOffset())).query((rs, n) -> {
            total[0] = rs.getLong("lines");
            return line(rs, today);
        }).list();
        if (lines.isEmpty() && request.getOffset() > 0) { // beyond the last page: the count alone, for the pagination
            total[0] = jdbc.sql(LINES).query(Long.class).single();
        }
        return new PageImpl<>(items(lines), request, total[0]);
    }

    /**
     * A trip's line with its submitted mobilities (none when it has none left), for the queue's line opened; three
     * statements whatever its size. An unknown trip is a {@link NotFoundException}.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public ApprovalItem trip(long tripId) {
        String name = jdbc.sql("select name from trip where id = :trip").param("trip", tripId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("trip", tripId));
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = jdbc.sql(TRIP).param("trip", tripId).query((rs, n) -> line(rs, today)).list();
        List<ApprovalItem> items = items(lines);
        return items.isEmpty() ? new ApprovalItem(new ApprovalItem.Trip(tripId, name, null, null, null), List.of())
                : items.get(0);
    }

    /** The lines grouped in items (a trip once), each row with its refusals: one statement. */
    private List<ApprovalItem> items(List<Line> lines) {
        Map<Long, List<ApprovalRefusal>> refusals = checks.of(lines.stream().map(l -> l.row().id()).toList());
        Map<Object, ApprovalItem> items = new LinkedHashMap<>();
        for (Line line : lines) {
            ApprovalRow row = withRefusals(line.row(), refusals.getOrDefault(line.row().id(), List.of()));
            Object key = line.trip() == null ? "m" + row.id() : line.trip().id();
            items.computeIfAbsent(key, k -> new ApprovalItem(line.trip(), new ArrayList<>()))
                    .rows().add(row);
        }
        return List.copyOf(items.values());
    }

    private static ApprovalRow withRefusals(ApprovalRow row, List<ApprovalRefusal> refusals) {
        return new ApprovalRow(row.id(), row.reference(), row.participant(), row.minor(), row.activityType(),
                row.schoolName(), row.cityName(), row.country(), row.startDate(), row.endDate(), row.grant(),
                row.submittedOn(), row.waitingDays(), refusals);
    }

    private static Line line(ResultSet rs, LocalDate today) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        LocalDate submittedOn = submitted == null ? null : submitted.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        long waiting = submittedOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(submittedOn, today));
        Long tripId = rs.getObject("trip_id", Long.class);
        ApprovalRow row = new ApprovalRow(rs.getLong("id"), rs.getString("reference"), rs.getString("participant"),
                rs.getBoolean("minor"), ActivityType.valueOf(rs.getString("activity_type")), rs.getString("school_name"),
                rs.getString("city_name"), rs.getString("country"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("grant_total"), submittedOn, waiting, List.of());
        return new Line(tripId == null ? null : new ApprovalItem.Trip(tripId, rs.getString("trip_name"),
                rs.getString("trip_schools"), rs.getObject("trip_start", LocalDate.class),
                rs.getObject("trip_end", LocalDate.class)), row);
    }
}
