package fr.capmob.portal.mobility;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.LocalDate;

/** One exam result of a student: a diploma session ("CAP juin 2020") and its outcome. */
public record ExamResult(long id, long version, long studentId, QualificationLevel qualificationLevel,
                         String sessionLabel, LocalDate sessionDate, ExamOutcome result) {
}
