package fr.capmob.portal.budget;

import java.time.LocalDate;

/** Filters of the expenditure ledger; null means any. {@code search}: supplier or invoice number. */
public record ExpenditureFilter(Long projectId, Long schoolId, ExpenditureCategory category, LocalDate from, LocalDate to,
                                String search) {
}
