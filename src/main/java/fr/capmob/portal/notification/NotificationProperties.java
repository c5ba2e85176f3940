package fr.capmob.portal.notification;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.notification.*}: when the daily run goes ({@code daily-cron}, in {@code zone}, which also says what
 * "today" is), and the reminders' days: consent missing {@code consentDaysBefore} (14) days before departure,
 * documents unsigned {@code documentsDaysBefore} (7) before departure, report not returned {@code firstReportDaysAfter}
 * (14) and {@code secondReportDaysAfter} (30) days after the end. A reminder missed on its day (the portal was down)
 * goes on a later day of its window, never twice.
 */
@ConfigurationProperties("portal.notification")
public record NotificationProperties(String dailyCron, ZoneId zone, Integer consentDaysBefore,
                                     Integer documentsDaysBefore, Integer firstReportDaysAfter,
                                     Integer secondReportDaysAfter) {

    public NotificationProperties {
        dailyCron = dailyCron == null || dailyCron.isBlank() ? "0 0 7 * * *" : dailyCron;
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
        consentDaysBefore = consentDaysBefore == null ? 14 : consentDaysBefore;
        documentsDaysBefore = documentsDaysBefore == null ? 7 : documentsDaysBefore;
        firstReportDaysAfter = firstReportDaysAfter == null ? 14 : firstReportDaysAfter;
        secondReportDaysAfter = secondReportDaysAfter == null ? 30 : secondReportDaysAfter;
    }
}
