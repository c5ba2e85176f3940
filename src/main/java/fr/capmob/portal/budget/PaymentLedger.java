package fr.capmob.portal.budget;

import java.math.BigDecimal;
import org.springframework.data.domain.Page;

/**
 * A page of the payment ledger and the sum of the amounts of every payment matching its filter (all pages;
 * corrections and recoveries negative).
 */
public record PaymentLedger(Page<PaymentRow> page, BigDecimal total) {
}
