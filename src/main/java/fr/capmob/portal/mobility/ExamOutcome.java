package fr.capmob.portal.mobility;

/** The result of a student at one diploma session. */
public enum ExamOutcome {
    PASSED,
    FAILED,
    PENDING
}
