package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expenditure to save. The mobility is given by id or by its reference (the form takes the reference); a
 * mobility and a trip together are refused.
 */
public record ExpenditureCommand(Long projectId, Long schoolId, Long mobilityId, String mobilityReference, Long tripId,
                                 ExpenditureCategory category, String supplier, String invoiceNumber, BigDecimal amount,
                                 LocalDate spentOn, String note) {
}
