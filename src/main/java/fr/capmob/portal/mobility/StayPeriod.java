package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a mobility takes place: its first and last day (travel days included), the travel days at each end and the
 * days of interruption. One group, so that a change of how periods are kept lands here only.
 */
public record StayPeriod(LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                         int interruptionDays) {

    /** Days abroad counted for the duration (travel and interruption days excluded). */
    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays);
    }

    /** Calendar days from the first to the last day, both included. */
    public long calendarDays() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }
}
