package fr.capmob.portal.mobility;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.LocalDate;

/** What the referent records for one diploma session. */
public record ExamCommand(QualificationLevel qualificationLevel, String sessionLabel, LocalDate sessionDate,
                          ExamOutcome result) {
}
