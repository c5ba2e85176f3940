package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slow scopes are served from a snapshot (with its date) until the background refresh computes them again; only scopes
 * viewed recently are refreshed, and by one node at a time.
 */
@PortalTest
class DashboardSnapshotsTest {

    @Autowired DashboardService dashboard;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired Clock clock;
    @Autowired DashboardSnapshots snapshots;
    @Autowired LockProvider locks;

    @Test
    void aSlowScopeIsServedFromItsSnapshotUntilRefreshed() {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        CurrentUser coordinator = data.principal(data.user("Coordination", Role.COORDINATOR, null));
        DashboardFilter filter = new DashboardFilter(f.project(), null);
        // every computation counts as slow here
        DashboardSnapshots everySlow = new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(2),
                Duration.ofHours(24));

        DashboardSnapshots.Dashboard first = everySlow.current(filter, coordinator);
        assertThat(first.asOf()).isNull();
        assertThat(first.figures().summary().learners()).isEqualTo(3);
        DashboardSnapshots.Dashboard second = everySlow.current(filter, coordinator);
        assertThat(second.asOf()).isNotNull();
        assertThat(second.figures()).isEqualTo(first.figures());
        assertThat(second.version()).isEqualTo(second.snapshot()).asString().endsWith("@" + second.asOf());
        // read again unchanged: the figures parsed before, not the JSON again
        assertThat(everySlow.current(filter, coordinator)).isSameAs(second);
        assertThat(first.version()).isSameAs(first.figures());

        // a new learner abroad: the snapshot still says 3 until it is refreshed
        long student = data.student(f.schoolA(), "Cinq " + TestData.unique(), "Zoé", java.time.LocalDate.of(2001, 1, 1));
        DashboardFixture.mobility(data, jdbc, f.project(), student, null, f.schoolA(), 
                jdbc.sql("select host_id from mobility where id = ?").param(f.m1()).query(Long.class).single(),
                "2019-06-03", "2019-06-21", "COMPLETED");
        assertThat(everySlow.current(filter, coordinator).figures().summary().learners()).isEqualTo(3);
        new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ZERO, Duration.ofHours(24))
                .refresh();
        assertThat(everySlow.current(filter, coordinator).figures().summary().learners()).isEqualTo(4);
        // a referent's scope has its own snapshot: never the consortium's figures
        CurrentUser referentB = data.principal(data.user("Référent B", Role.SCHOOL_REFERENT, f.schoolB()));
        assertThat(everySlow.current(filter, referentB).figures().summary().learners()).isEqualTo(1);
    }

    @Test
    void onlyScopesViewedRecentlyAreRefreshedTheOthersAreDropped() {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        Instant now = clock.instant();
        String viewed = snapshot(f.project(), null, now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(5)));
        String forgotten = snapshot(f.project(), f.schoolA(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(30)));

        new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(2),
                Duration.ofHours(24)).refresh();

        assertThat(computedAt(forgotten)).isEmpty();
        assertThat(computedAt(viewed)).get().satisfies(at -> assertThat(at).isAfter(now.minus(Duration.ofMinutes(1))));
    }

    @Test
    void theRefreshRunsOnOneNodeAtATime() throws InterruptedException {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        Instant now = clock.instant();
        Instant stale = now.minus(Duration.ofHours(3));
        String key = snapshot(f.project(), null, stale, now);
        // another node holds the refresh's lock: this node's scheduled refresh does nothing
        Optional<SimpleLock> otherNode = lockAsAnotherNode(now);
        assertThat(otherNode).isPresent();
        snapshots.refresh();
        assertThat(computedAt(key)).get().satisfies(at -> assertThat(at).isBefore(now.minus(Duration.ofHours(2))));
        otherNode.get().unlock();
        snapshots.refresh();
        assertThat(computedAt(key)).get().satisfies(at -> assertThat(at).isAfter(now.minus(Duration.ofMinutes(1))));
    }

    /**
     * The refresh's lock taken as another node would take it. This test's own portal runs the refresh every minute in
     * the background, holding the lock while it runs: a moment's wait lets such a run end (CI once met one).
     */
    private Optional<SimpleLock> lockAsAnotherNode(Instant now) throws InterruptedException {
        LockConfiguration lock = new LockConfiguration(now, DashboardSnapshots.REFRESH_LOCK, Duration.ofMinutes(10),
                Duration.ZERO);
        Optional<SimpleLock> taken = locks.lock(lock);
        for (int attempt = 0; taken.isEmpty() && attempt < 50; attempt++) {
            Thread.sleep(100);
            taken = locks.lock(lock);
        }
        return taken;
    }

    private String snapshot(long project, Long school, Instant computedAt, Instant viewedAt) {
        String key = DashboardSnapshots.key(new DashboardFilter(project, school), null);
        jdbc.sql("""
                        insert into dashboard_snapshot (scope_key, figures, computed_at, compute_ms, viewed_at)
                        values (:key, '{}', :computed, 1, :viewed)""")
                .param("key", key).param("computed", Timestamp.from(computedAt)).param("viewed", Timestamp.from(viewedAt))
                .update();
        return key;
    }

    private Optional<Instant> computedAt(String key) {
        return jdbc.sql("select computed_at from dashboard_snapshot where scope_key = :key").param("key", key)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
