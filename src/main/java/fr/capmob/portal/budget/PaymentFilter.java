package fr.capmob.portal.budget;

import java.time.LocalDate;

/** The filters of the payment ledger; null means any. {@code search} matches the participant or the mobility reference. */
public record PaymentFilter(Long projectId, Long schoolId, PaymentKind kind, LocalDate from, LocalDate to, String search,
                            Long mobilityId) {
}
