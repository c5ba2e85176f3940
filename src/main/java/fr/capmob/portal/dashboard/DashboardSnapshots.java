package fr.capmob.portal.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capmob.portal.account.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboard pages show: the figures computed live, except for the scopes whose computation is slow
 * (longer than {@code portal.dashboard.snapshot-threshold}, e.g. a consortium of a million mobilities): those are kept
 * in {@code dashboard_snapshot}, served (the page says as of when) and recomputed in the background once older than
 * {@code portal.dashboard.refresh-after}, so such a page always answers at once. Only scopes viewed recently are
 * refreshed: a snapshot nobody viewed for {@code portal.dashboard.keep-if-viewed-within} is dropped instead (the next
 * visitor computes it again). The refresh runs on one node at a time (ShedLock). A snapshot older than
 * {@code portal.dashboard.snapshot-max-age} (the portal was stopped meanwhile) is not served. At start-up the
 * consortium-wide figures are computed once in the background, so the first visitor does not wait for them either.
 */
@Service
public class DashboardSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);
    /** ShedLock's name for the refresh: one node refreshes at a time. */
    static final String REFRESH_LOCK = "dashboard-snapshots-refresh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Parsed snapshots kept per scope, to be read again only when the snapshot has changed. */
    static final int PARSED = 200;

    /**
     * The figures and, when they come from a snapshot, when they were computed (null: computed for this page).
     *
     * @param snapshot the snapshot's scope and time, which name its figures (null: computed for this page)
     */
    public record Dashboard(DashboardFigures figures, Instant asOf, String snapshot) {

        /** What identifies these figures: the snapshot they come from, or the figures themselves. */
        public Object version() {
            return snapshot != null ? snapshot : figures;
        }
    }

    private final DashboardService dashboard;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration threshold;
    private final Duration maxAge;
    private final Duration refreshAfter;
    private final Duration keepIfViewedWithin;
    private final Cache<String, Dashboard> parsed = Caffeine.newBuilder().maximumSize(PARSED)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    DashboardSnapshots(DashboardService dashboard, JdbcClient jdbc, Clock clock,
                       @Value("${portal.dashboard.snapshot-threshold:PT0.3S}") Duration threshold,
                       @Value("${portal.dashboard.snapshot-max-age:PT24H}") Duration maxAge,
                       @Value("${portal.dashboard.refresh-after:PT2M}") Duration refreshAfter,
                       @Value("${portal.dashboard.keep-if-viewed-within:PT24H}") Duration keepIfViewedWithin) {
        this.dashboard = dashboard;
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = threshold;
        this.maxAge = maxAge;
        this.refreshAfter = refreshAfter;
        this.keepIfViewedWithin = keepIfViewedWithin;
    }

    /** The consortium-wide figures of the whole portal, computed once after start-up (kept if slow), off the request path. */
    @Transactional
    public void warmUp() {
        String key = key(new DashboardFilter(null, null), null);
        boolean fresh = jdbc.sql("select count(*) from dashboard_snapshot where scope_key = :key and computed_at > :since")
                .param("key", key).param("since", Timestamp.from(clock.instant().minus(refreshAfter)))
                .query(Long.class).single() > 0;
        if (!fresh) {
            dashboard.prepareForAggregates();
            compute(key, new DashboardFilter(null, null), null, false);
        }
    }

    /**
     * The scope's snapshot if there is a recent one, else the figures computed for this page. A snapshot already parsed
     * on this node is read again only when it has changed: the statement returns its JSON only then (at 100× the
     * demo, parsing it on every view took half of the page's time).
     */
    @Transactional
    public Dashboard current(DashboardFilter filter, CurrentUser user) {
        Long scope = DashboardService.scopeOf(user);
        String key = key(filter, scope);
        Dashboard known = parsed.getIfPresent(key);
        record Stored(Instant at, String figures) {
        }
        // the look-up also sets the transaction up for computing the figures, should there be no snapshot: a page
        // costs two statements either way (this one and the figures, or this one and markViewed)
        var stored = jdbc.sql("select s.computed_at, case when s.computed_at = cast(:known as timestamptz) then null"
                        + " else s.figures end from (select " + DashboardSql.AGGREGATE_SETTINGS + ") settings"
                        + " left join dashboard_snapshot s on s.scope_key = :key and s.computed_at > :since")
                .param("known", known == null ? null : Timestamp.from(known.asOf()))
                .param("key", key).param("since", Timestamp.from(clock.instant().minus(maxAge)))
                .query((rs, n) -> new Stored(instant(rs.getTimestamp(1)), rs.getString(2))).single();
        if (stored.at() == null) {
            return new Dashboard(compute(key, filter, scope, false), null, null);
        }
        markViewed(key);
        if (stored.figures() == null && known != null) {
            return known;
        }
        Dashboard read = new Dashboard(JSON.readValue(stored.figures(), DashboardFigures.class), stored.at(),
                key + "@" + stored.at());
        parsed.put(key, read);
        return read;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Notes that the scope was viewed (at most one write a minute per scope, not one per page view). */
    private void markViewed(String key) {
        Instant now = clock.instant();
        jdbc.sql("update dashboard_snapshot set viewed_at = :now where scope_key = :key and viewed_at < :recently")
                .param("now", Timestamp.from(now)).param("key", key)
                .param("recently", Timestamp.from(now.minus(Duration.ofMinutes(1)))).update();
    }

    /** Computes the figures; keeps them when the computation was slow (or always, for a refresh). */
    private DashboardFigures compute(String key, DashboardFilter filter, Long scope, boolean keep) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        DashboardFigures figures = dashboard.figures(filter, scope);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (keep || millis >= threshold.toMillis()) {
            jdbc.sql("""
                            insert into dashboard_snapshot (scope_key, figures, computed_at, compute_ms, viewed_at)
                            values (:key, :figures, :at, :ms, :at)
                            on conflict (scope_key) do update set figures = excluded.figures, computed_at = excluded.computed_at,
                                compute_ms = excluded.compute_ms""")
                    .param("key", key).param("figures", JSON.writeValueAsString(figures))
                    .param("at", Timestamp.from(start)).param("ms", (int) Math.min(millis, Integer.MAX_VALUE)).update();
        }
        return figures;
    }

    /**
     * Every minute, on one node: the snapshots not viewed recently are dropped, the others older than refresh-after are
     * computed again (only the slow scopes have one).
     */
    @Scheduled(fixedDelayString = "${portal.dashboard.refresh-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = REFRESH_LOCK, lockAtMostFor = "PT30M")
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        int dropped = jdbc.sql("delete from dashboard_snapshot where viewed_at < :since")
                .param("since", Timestamp.from(now.minus(keepIfViewedWithin))).update();
        List<String> keys = jdbc.sql("select scope_key from dashboard_snapshot where computed_at < :before order by computed_at")
                .param("before", Timestamp.from(now.minus(refreshAfter)))
                .query(String.class).list();
        if (!keys.isEmpty()) {
            dashboard.prepareForAggregates();
        }
        for (String key : keys) {
            String[] parts = key.split(";");
            compute(key, new DashboardFilter(value(parts[0]), value(parts[1])), value(parts[2]), true);
        }
        if (!keys.isEmpty() || dropped > 0) {
            log.info("Dashboard snapshots refreshed: {}; dropped (not viewed): {}", keys, dropped);
        }
    }

    static String key(DashboardFilter filter, Long scope) {
        return "p=" + text(filter.projectId()) + ";s=" + text(filter.schoolId()) + ";u=" + text(scope);
    }

    private static String text(Long id) {
        return id == null ? "*" : id.toString();
    }

    private static Long value(String part) {
        String id = part.substring(part.indexOf('=') + 1);
        return id.equals("*") ? null : Long.valueOf(id);
    }
}
