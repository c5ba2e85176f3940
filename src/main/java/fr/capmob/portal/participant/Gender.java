package fr.capmob.portal.participant;

/** As stated by the student; a student may also not state it (no value). */
public enum Gender {
    F,
    M,
    X
}
