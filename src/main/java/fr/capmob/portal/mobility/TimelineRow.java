package fr.capmob.portal.mobility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A line of the timeline: a group trip (or a mobility outside any trip) and when its people are abroad. The page
 * draws it as three cells spanning the month's days: before, abroad, after (an empty one spans 0 days and is left out).
 */
public record TimelineRow(String label, String schoolName, String cityName, String country, LocalDate start,
                          LocalDate end, long participants, TripId tripId, MobilityId mobilityId) {

    /** Days of the month before the first day abroad. */
    public int daysBefore(YearMonth month) {
        return (int) ChronoUnit.DAYS.between(month.atDay(1), firstDayIn(month));
    }

    /** Days of the month abroad (the line is in the month, so at least one). */
    public int daysAbroad(YearMonth month) {
        return (int) ChronoUnit.DAYS.between(firstDayIn(month), lastDayIn(month)) + 1;
    }

    /** Days of the month after the last day abroad. */
    public int daysAfter(YearMonth month) {
        return (int) ChronoUnit.DAYS.between(lastDayIn(month), month.atEndOfMonth());
    }

    /** The first and last days abroad within the month, for the line's text. */
    public LocalDate firstDayIn(YearMonth month) {
        return start.isBefore(month.atDay(1)) ? month.atDay(1) : start;
    }

    public LocalDate lastDayIn(YearMonth month) {
        return end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end;
    }
}
