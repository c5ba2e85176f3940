package fr.capmob.portal.consortium;

/** Whether a school has run Erasmus+ mobilities before (tutors) or is new to them (tutored). */
public enum Experience {
    EXPERIENCED,
    NOVICE
}
