package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment of the ledger, with who recorded it and when. */
public record PaymentRow(long id, long mobilityId, String mobilityReference, String participant, long schoolId,
                         String schoolName, String projectNumber, PaymentKind kind, LocalDate paidOn, BigDecimal amount,
                         PaymentMethod method, String reference, String note, Long correctsPaymentId,
                         boolean overOwedConfirmed, Instant createdAt, String createdBy) {
}
