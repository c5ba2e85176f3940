package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily job runs on one node at a time: while one holds ShedLock's row, another node's attempt gets no lock. */
@PortalTest
class ShedLockTest {

    @Autowired LockProvider locks;

    @Test
    void aSecondNodeGetsNoLockWhileTheFirstHoldsIt() {
        LockConfiguration configuration = new LockConfiguration(Instant.now(), "privacy-test-" + System.nanoTime(),
                Duration.ofMinutes(10), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(configuration);
        assertThat(first).isPresent();
        assertThat(locks.lock(configuration)).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(configuration);
        assertThat(again).isPresent();
        again.get().unlock();
    }

    @Test
    void theRetentionJobIsScheduledDailyUnderItsLock() throws Exception {
        Method daily = RetentionJob.class.getDeclaredMethod("daily");
        assertThat(daily.getAnnotation(Scheduled.class).cron()).isEqualTo("${portal.privacy.retention-cron:0 30 3 * * *}");
        assertThat(daily.getAnnotation(SchedulerLock.class).name()).isEqualTo("privacy-retention");
    }
}
