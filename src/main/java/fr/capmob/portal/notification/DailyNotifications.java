package fr.capmob.portal.notification;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run ({@code portal.notification.daily-cron}, 07:00 Paris time by default): the reminders due, then the
 * digests. ShedLock lets one node run it; the keys of {@code notification_sent} make each reminder and each digest
 * go once even if two runs overlap (a lock that expired, a run by hand).
 */
@Component
public class DailyNotifications {

    private static final Logger log = LoggerFactory.getLogger(DailyNotifications.class);

    private final Reminders reminders;
    private final Digests digests;
    private final NotificationProperties properties;
    private final Clock clock;

    DailyNotifications(Reminders reminders, Digests digests, NotificationProperties properties, Clock clock) {
        this.reminders = reminders;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notification.daily-cron:0 0 7 * * *}", zone = "${portal.notification.zone:Europe/Paris}")
    @SchedulerLock(name = "daily-notifications", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void scheduledRun() {
        run(LocalDate.now(clock.withZone(properties.zone())));
    }

    /** Sends the day's reminders and digests; what was already sent for that day is not sent again. */
    public Outcome run(LocalDate today) {
        int sentReminders = reminders.send(today);
        int sentDigests = digests.send(today);
        log.info("Daily notifications of {}: {} reminders, {} digests", today, sentReminders, sentDigests);
        return new Outcome(sentReminders, sentDigests);
    }

    /** What one run delivered: reminders (one per recipient, at once or kept for a digest) and digests queued. */
    public record Outcome(int reminders, int digests) {
    }
}
