package fr.capmob.portal.security;

/** The people the authorisation matrix tries every endpoint as. Records of the fixture belong to school A. */
public enum Actor {
    ANONYMOUS,
    COORDINATOR,
    /** Referent of school A: "own school" for the fixture's A records. */
    REFERENT_A,
    /** Referent of school B: "other school" for the fixture's A records. */
    REFERENT_B,
    /** Accountant attached to school A. */
    SCHOOL_ACCOUNTANT,
    /** Accountant attached to no school: the whole consortium. */
    CONSORTIUM_ACCOUNTANT
}
