package fr.capmob.portal.budget;

/**
 * What a payment to a participant is: the advance, the balance, a correction of an earlier payment, or money the
 * participant paid back on a recovery order (negative, like a correction).
 */
public enum PaymentKind {
    ADVANCE,
    BALANCE,
    CORRECTION,
    RECOVERY
}
