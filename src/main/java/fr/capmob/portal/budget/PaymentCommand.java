package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment to record (ADVANCE or BALANCE); {@code overOwedConfirmed}: the user ticked "pay more than owed";
 * {@code idempotencyKey}: drawn when the form was shown, so that submitting it twice records one payment (null for
 * callers that record once by construction).
 */
public record PaymentCommand(long mobilityId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method,
                             String reference, String note, boolean overOwedConfirmed, UUID idempotencyKey) {

    public PaymentCommand(long mobilityId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method,
                          String reference, String note, boolean overOwedConfirmed) {
        this(mobilityId, kind, paidOn, amount, method, reference, note, overOwedConfirmed, null);
    }
}
