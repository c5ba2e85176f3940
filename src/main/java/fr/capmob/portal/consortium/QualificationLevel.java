package fr.capmob.portal.consortium;

/** French vocational qualifications: CAP, baccalauréat professionnel, brevet des métiers d'art, FCIL, BTS. */
public enum QualificationLevel {
    CAP,
    BAC_PRO,
    BMA,
    FCIL,
    BTS
}
