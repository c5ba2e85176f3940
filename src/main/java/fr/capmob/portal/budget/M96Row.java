package fr.capmob.portal.budget;

import java.math.BigDecimal;

/**
 * One school in the M9.6 report: the EU flat-rate income (committed grants of its mobilities) and what was paid
 * of it to participants, kept apart from the school's real expenditure (supplier invoices).
 */
public record M96Row(Long schoolId, String schoolName, BigDecimal flatRateIncome, BigDecimal paidToParticipants,
                     BigDecimal realExpenditure) {

    /** Flat-rate income − real expenditure. */
    public BigDecimal difference() {
        return flatRateIncome.subtract(realExpenditure);
    }

    /** Flat-rate income − real expenditure − payments to participants: what is left of the income. */
    public BigDecimal balance() {
        return flatRateIncome.subtract(realExpenditure).subtract(paidToParticipants);
    }
}
