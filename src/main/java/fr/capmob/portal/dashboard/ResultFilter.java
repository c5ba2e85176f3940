package fr.capmob.portal.dashboard;

import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamOutcome;

/** Filters of the exam results list: school, qualification level, session (part of its label), outcome. */
public record ResultFilter(Long schoolId, QualificationLevel level, String session, ExamOutcome outcome) {
}
