package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line written to the payment ledger (a payment, a negative correction pointing at {@code corrects}, or money
 * received back, negative, pointing at its {@code recoveryOrder}).
 */
record PaymentEntry(PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String reference,
                    String note, Long corrects, UUID idempotencyKey, Long recoveryOrder) {

    PaymentEntry(PaymentKind kind, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String reference,
                 String note, Long corrects, UUID idempotencyKey) {
        this(kind, paidOn, amount, method, reference, note, corrects, idempotencyKey, null);
    }
}
