package fr.capmob.portal.budget;

/** What a payment to a participant is: the advance, the balance, or a correction of an earlier payment. */
public enum PaymentKind {
    ADVANCE,
    BALANCE,
    CORRECTION
}
