package fr.capmob.portal.budget;

/** How a participant was paid. */
public enum PaymentMethod {
    TRANSFER,
    CHEQUE,
    CASH,
    CARD,
    OTHER
}
