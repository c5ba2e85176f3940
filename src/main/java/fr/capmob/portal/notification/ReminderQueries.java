package fr.capmob.portal.notification;

import fr.capmob.portal.account.NotificationKind;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders due on a day, read from the mobility module's published view {@code mobility_view} (statuses as
 * parameters): each is due from its day until the event it is about (the departure; the next report step), so a day
 * the portal did not run is caught up, and sent once ({@link DueReminder#key}).
 * <ul>
 * <li>consent: a minor on departure whose parental consent is not recorded, departing within
 * {@code consentDaysBefore} days ({@link #MISSING_CONSENT}: the mobility's consent and exit authorisation, read
 * from {@code mobility_minor_view});</li>
 * <li>documents unsigned: the portal records no signature; a mobility not yet confirmed (stage PLANNED: its
 * agreements are not signed off) departing within {@code documentsDaysBefore} days;</li>
 * <li>report not returned: COMPLETED (not REPORTED) {@code firstReportDaysAfter} and
 * {@code secondReportDaysAfter} days after the end.</li>
 * </ul>
 */
@Component
class ReminderQueries {

    /**
     * A minor on the departure day whose papers are missing (the mobility module's {@code mobility_minor_view}: the
     * parental consent, recorded for the mobility or else for the student, dated before departure, and the exit
     * authorisation).
     */
    static final String MISSING_CONSENT = """
            exists (select 1 from mobility_minor_view v where v.mobility_id = m.id and v.consent_missing)""";

    private static final List<String> NOT_YET_GONE = List.of(MobilityStatus.DRAFT.name(),
            MobilityStatus.SUBMITTED.name(), MobilityStatus.APPROVED.name(), MobilityStatus.CONFIRMED.name());

    private final JdbcClient jdbc;
    private final NotificationProperties properties;

    ReminderQueries(JdbcClient jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<DueReminder> due(LocalDate today) {
        List<DueReminder> due = new ArrayList<>();
        due.addAll(departing(NotificationKind.CONSENT_MISSING, today, properties.consentDaysBefore(),
                "m.status in (:statuses) and " + MISSING_CONSENT, NOT_YET_GONE));
        due.addAll(departing(NotificationKind.DOCUMENTS_UNSIGNED, today, properties.documentsDaysBefore(),
                "m.stage = :statuses", List.of(MobilityStage.PLANNED.name())));
        int first = properties.firstReportDaysAfter();
        int second = properties.secondReportDaysAfter();
        due.addAll(reportsMissing(String.valueOf(first), today.minusDays(second - 1L), today.minusDays(first)));
        due.addAll(reportsMissing(String.valueOf(second), today.minusDays(2L * second - first - 1L),
                today.minusDays(second)));
        return due;
    }

    /** Departing after today and at the latest {@code days} days from now, meeting {@code condition}. */
    private List<DueReminder> departing(NotificationKind kind, LocalDate today, int days, String condition,
                                        List<String> statuses) {
        return jdbc.sql("select m.id, m.reference, m.sending_school_id, m.start_date from mobility_view m "
                        + "where m.start_date > :today and m.start_date <= :until and " + condition + " order by m.id")
                .param("today", today).param("until", today.plusDays(days)).param("statuses", statuses)
                .query((rs, n) -> new DueReminder(kind, kind.name(), rs.getLong("id"), rs.getString("reference"),
                        rs.getLong("sending_school_id"), rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** COMPLETED, not reported, ended between {@code endedFrom} and {@code endedUntil} (both included). */
    private List<DueReminder> reportsMissing(String step, LocalDate endedFrom, LocalDate endedUntil) {
        return jdbc.sql("select m.id, m.reference, m.sending_school_id, m.end_date from mobility_view m "
                        + "where m.status = :completed and m.end_date between :from and :until order by m.id")
                .param("completed", MobilityStatus.COMPLETED.name()).param("from", endedFrom).param("until", endedUntil)
                .query((rs, n) -> new DueReminder(NotificationKind.REPORT_MISSING, step, rs.getLong("id"),
                        rs.getString("reference"), rs.getLong("sending_school_id"),
                        rs.getObject("end_date", LocalDate.class)))
                .list();
    }
}
