package fr.capmob.portal.dashboard;

import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamOutcome;
import java.time.LocalDate;

/** One exam result in the list across students; {@code wentAbroad}: the student has a mobility that went abroad. */
public record ResultRow(long id, long studentId, String student, String schoolName, QualificationLevel level,
                        String session, LocalDate sessionDate, ExamOutcome outcome, boolean wentAbroad) {
}
