package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Slow scopes are served from a snapshot (with its date) until the background refresh computes them again. */
@PortalTest
class DashboardSnapshotsTest {

    @Autowired DashboardService dashboard;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired Clock clock;

    @Test
    void aSlowScopeIsServedFromItsSnapshotUntilRefreshed() {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        CurrentUser coordinator = data.principal(data.user("Coordination", Role.COORDINATOR, null));
        DashboardFilter filter = new DashboardFilter(f.project(), null);
        // every computation counts as slow here
        DashboardSnapshots snapshots = new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(2));

        DashboardSnapshots.Dashboard first = snapshots.current(filter, coordinator);
        assertThat(first.asOf()).isNull();
        assertThat(first.figures().summary().learners()).isEqualTo(3);
        DashboardSnapshots.Dashboard second = snapshots.current(filter, coordinator);
        assertThat(second.asOf()).isNotNull();
        assertThat(second.figures()).isEqualTo(first.figures());

        // a new learner abroad: the snapshot still says 3 until it is refreshed
        long student = data.student(f.schoolA(), "Cinq " + TestData.unique(), "Zoé", java.time.LocalDate.of(2001, 1, 1));
        DashboardFixture.mobility(data, jdbc, f.project(), student, null, f.schoolA(), 
                jdbc.sql("select host_id from mobility where id = ?").param(f.m1()).query(Long.class).single(),
                "2019-06-03", "2019-06-21", "COMPLETED");
        assertThat(snapshots.current(filter, coordinator).figures().summary().learners()).isEqualTo(3);
        new DashboardSnapshots(dashboard, jdbc, clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ZERO).refresh();
        assertThat(snapshots.current(filter, coordinator).figures().summary().learners()).isEqualTo(4);
        // a referent's scope has its own snapshot: never the consortium's figures
        CurrentUser referentB = data.principal(data.user("Référent B", Role.SCHOOL_REFERENT, f.schoolB()));
        assertThat(snapshots.current(filter, referentB).figures().summary().learners()).isEqualTo(1);
    }
}
