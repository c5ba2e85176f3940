package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the approval queue: a mobility outside any trip ({@code tripId} null, one row), or a group trip once
 * with its submitted mobilities folded inside.
 */
public record ApprovalItem(Trip trip, List<ApprovalRow> rows) {

    /** A group trip's heading: its name, its schools (names, comma-separated) and its activity dates. */
    public record Trip(long id, String name, String schools, LocalDate start, LocalDate end) {

        /** "schools · start – end", as the queue shows under the trip's name. */
        public String heading() {
            return schools + " · " + ApprovalRow.period(start, end);
        }
    }

    public boolean isTrip() {
        return trip != null;
    }

    public Long tripId() {
        return trip == null ? null : trip.id();
    }

    public String tripName() {
        return trip == null ? null : trip.name();
    }

    /** The first row: the mobility itself when outside a trip. */
    public ApprovalRow first() {
        return rows.get(0);
    }

    /** How many of its rows will pass. */
    public long passing() {
        return rows.stream().filter(ApprovalRow::passes).count();
    }

    /** The longest wait of its rows, in days. */
    public long waitingDays() {
        return rows.stream().mapToLong(ApprovalRow::waitingDays).max().orElse(0);
    }

    /** When its first row was submitted (null when none has a recorded submission). */
    public LocalDate submittedOn() {
        return rows.stream().map(ApprovalRow::submittedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The sum of its rows' grants (those computed). */
    public BigDecimal grant() {
        return rows.stream().map(ApprovalRow::grant).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The distinct reasons that will refuse some of its rows. */
    public List<ApprovalRefusal> refusals() {
        return rows.stream().flatMap(row -> row.refusals().stream()).distinct().toList();
    }
}
