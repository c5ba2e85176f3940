package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the expenditure ledger. */
public record ExpenditureRow(long id, String projectNumber, long schoolId, String schoolName, ExpenditureCategory category,
                             String supplier, String invoiceNumber, BigDecimal amount, LocalDate spentOn,
                             Long mobilityId, String mobilityReference, Long tripId, String tripName,
                             String createdBy, Instant updatedAt, String updatedBy) {
}
