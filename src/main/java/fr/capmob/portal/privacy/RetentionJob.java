package fr.capmob.portal.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention rules every day (at 03:30 by default, {@code portal.privacy.retention-cron}); with several
 * portal nodes, ShedLock's row in {@code shedlock} lets one node only run it (the others skip that day's run).
 */
@Component
class RetentionJob {

    private final RetentionRun run;

    RetentionJob(RetentionRun run) {
        this.run = run;
    }

    @Scheduled(cron = "${portal.privacy.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void daily() {
        run.run();
    }
}
