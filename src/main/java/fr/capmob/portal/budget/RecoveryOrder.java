package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amount a participant must pay back (French "ordre de reversement"), opened when their mobility was cancelled
 * after being paid: the amount, its due date, what was received back so far (the RECOVERY entries of the ledger, as
 * a positive sum), its state and, once written off, the part given up and why.
 */
public record RecoveryOrder(long id, long version, long mobilityId, String mobilityReference, String participant,
                            String schoolName, BigDecimal amount, BigDecimal recovered, LocalDate dueOn,
                            RecoveryState state, BigDecimal writtenOffAmount, String reason, Instant createdAt,
                            String createdBy, Instant closedAt, String closedBy) {

    /** What is still to be received back (0 once recovered or written off). */
    public BigDecimal outstanding() {
        return state == RecoveryState.OPEN ? amount.subtract(recovered).max(BigDecimal.ZERO.setScale(2))
                : BigDecimal.ZERO.setScale(2);
    }

    /** Open past its due date, on {@code today}. */
    public boolean overdue(LocalDate today) {
        return state == RecoveryState.OPEN && dueOn.isBefore(today);
    }
}
