package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment to record (ADVANCE or BALANCE); {@code overOwedConfirmed}: the user ticked "pay more than owed". */
public record PaymentCommand(long mobilityId, PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method,
                             String reference, String note, boolean overOwedConfirmed) {
}
