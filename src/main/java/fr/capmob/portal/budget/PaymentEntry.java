package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line written to the payment ledger (a payment, or a negative correction pointing at {@code corrects}). */
record PaymentEntry(PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String reference,
                    String note, Long corrects, UUID idempotencyKey) {
}
