package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One submitted mobility in the approval queue: who, where, when, its grant (null while none was computed), when it
 * was submitted and how many days it has waited, and what will refuse its approval (empty: it will pass).
 */
public record ApprovalRow(long id, String reference, String participant, boolean minor, ActivityType activityType,
                          String schoolName, String cityName, String country, LocalDate startDate, LocalDate endDate,
                          BigDecimal grant, LocalDate submittedOn, long waitingDays, List<ApprovalRefusal> refusals) {

    /** Day/month/year in every language, as the portal's lists write dates. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public boolean passes() {
        return refusals.isEmpty();
    }

    /** "start – end", for the queue's line. */
    public String period() {
        return period(startDate, endDate);
    }

    static String period(LocalDate start, LocalDate end) {
        return DAY.format(start) + " – " + DAY.format(end);
    }
}
