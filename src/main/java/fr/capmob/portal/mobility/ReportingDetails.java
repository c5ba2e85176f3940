package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * What the Commission's tools ask about a mobility beyond its plan (table mobility_reporting): the long-term flag,
 * the interruption period's dates, and which grant items are not required (a partial zero grant: travel, individual support, organisational
 * support, special needs support for the participant, exceptional travel costs).
 *
 * @param version 0 while nothing was saved yet
 */
public record ReportingDetails(long mobilityId, String reference, long version, boolean longTerm,
                               LocalDate interruptionStart, LocalDate interruptionEnd, boolean travelNotRequired,
                               boolean individualNotRequired, boolean organisationalNotRequired,
                               boolean specialNeedsNotRequired, boolean exceptionalNotRequired, int interruptionDays, LocalDate startDate, LocalDate endDate) {

    /** What a user enters. */
    public record Command(boolean longTerm, LocalDate interruptionStart, LocalDate interruptionEnd,
                          boolean travelNotRequired, boolean individualNotRequired, boolean organisationalNotRequired,
                          boolean specialNeedsNotRequired, boolean exceptionalNotRequired) {
    }

    public Command command() {
        return new Command(longTerm, interruptionStart, interruptionEnd, travelNotRequired, individualNotRequired,
                organisationalNotRequired, specialNeedsNotRequired, exceptionalNotRequired);
    }
}
