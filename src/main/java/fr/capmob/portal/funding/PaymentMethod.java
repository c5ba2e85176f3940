package fr.capmob.portal.funding;

/** How a participant was paid. */
public enum PaymentMethod {
    TRANSFER,
    CHEQUE,
    CASH,
    CARD,
    OTHER
}
