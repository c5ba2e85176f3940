package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Money a participant paid back on a recovery order (a positive amount; the ledger stores it negative). */
public record RecoveryReceipt(long orderId, LocalDate receivedOn, BigDecimal amount, PaymentMethod method,
                              String reference, String note, UUID idempotencyKey) {
}
