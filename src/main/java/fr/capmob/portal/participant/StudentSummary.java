package fr.capmob.portal.participant;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.LocalDate;

/** A line of the students list; {@code minor} is computed in SQL for the day of the request. */
public record StudentSummary(long id, long schoolId, String schoolName, String lastName, String firstName,
                             LocalDate birthDate, QualificationLevel qualificationLevel, String specialty,
                             String className, boolean minor, boolean fewerOpportunities, boolean needsSupport) {
}
