package fr.capmob.portal.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the portal is ready, computes the consortium-wide dashboard in a background thread: on a large consortium that
 * takes seconds, and the snapshot it leaves makes the first visitor's page answer at once.
 */
@Component
@ConditionalOnProperty(name = "portal.dashboard.warm-up", havingValue = "true", matchIfMissing = true)
class DashboardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final DashboardSnapshots snapshots;

    DashboardWarmUp(DashboardSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                snapshots.warmUp();
                log.info("Dashboard: consortium-wide figures ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Dashboard: the start-up computation failed; the first visitor will compute the figures", e);
            }
        }, "dashboard-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
