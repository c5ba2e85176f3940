package fr.capmob.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of waiting work: a mobility to pay (its reference, participant, school, status, the amount due) or a trip
 * whose invoices are to enter (its name, schools, start date; {@code amount} and {@code status} null).
 */
public record DueRow(long id, String label, String detail, String schoolName, String status, BigDecimal amount,
                     LocalDate date) {
}
