package fr.capmob.portal.budget;

import java.math.BigDecimal;

/** The payment would make the paid total exceed what is owed, and the user has not confirmed it. Nothing saved. */
public class PaymentExceedsOwedException extends RuntimeException {

    private final BigDecimal owed;
    private final BigDecimal paidAfter;

    public PaymentExceedsOwedException(BigDecimal owed, BigDecimal paidAfter) {
        super("payment exceeds what is owed");
        this.owed = owed;
        this.paidAfter = paidAfter;
    }

    public BigDecimal owed() {
        return owed;
    }

    public BigDecimal paidAfter() {
        return paidAfter;
    }
}
