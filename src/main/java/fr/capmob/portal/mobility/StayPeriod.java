package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a mobility takes place: the first and last day of its activity (what the host certifies), the travel days
 * before and after it (outside those dates) and the days of interruption. One group, so that a change of how periods are kept lands here only. The dates may be
 * missing in what a user entered (the rules then refuse it).
 */
public record StayPeriod(LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                         int interruptionDays) {

    /** Nothing entered yet. */
    public static final StayPeriod UNKNOWN = new StayPeriod(null, null, 0, 0, 0);

    /** Activity days counted for the duration (travel days are outside the dates; interruption days excluded). */
    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, interruptionDays);
    }

    /** Calendar days of the activity, first and last included (travel days not included). */
    public long calendarDays() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /** Both ends are known and in order. */
    public boolean isComplete() {
        return startDate != null && endDate != null && !endDate.isBefore(startDate);
    }

    public int travelDays() {
        return travelDaysBefore + travelDaysAfter;
    }
}
