package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a mobility takes place: its first and last day (travel days included), the travel days at each end and the
 * days of interruption. One group, so that a change of how periods are kept lands here only. The dates may be
 * missing in what a user entered (the rules then refuse it).
 */
public record StayPeriod(LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                         int interruptionDays) {

    /** Nothing entered yet. */
    public static final StayPeriod UNKNOWN = new StayPeriod(null, null, 0, 0, 0);

    /** Days abroad counted for the duration (travel and interruption days excluded). */
    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays);
    }

    /** Calendar days from the first to the last day, both included. */
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
