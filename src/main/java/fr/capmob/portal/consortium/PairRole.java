package fr.capmob.portal.consortium;

/** A school's part in a tutoring pair or trio. */
public enum PairRole {
    TUTOR,
    TUTORED
}
