package fr.capmob.portal.dashboard;

import fr.capmob.portal.consortium.QualificationLevel;

/**
 * Exam results of the students who went abroad, for one qualification level: one per student and level, passed
 * when any session was passed, failed when sessions were failed and none passed; students with pending results
 * only are counted apart and left out of the rate.
 */
public record ExamRate(QualificationLevel level, long passed, long decided, long pending) {

    public Share passRate() {
        return new Share(passed, decided);
    }
}
