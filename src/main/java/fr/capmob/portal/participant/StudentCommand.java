package fr.capmob.portal.participant;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.LocalDate;

/**
 * What a user enters for a student (already validated in shape by the form). {@code schoolId} is ignored for
 * referents: their students belong to their school.
 */
public record StudentCommand(Long schoolId, String lastName, String firstName, LocalDate birthDate, Gender gender,
                             String nationality, String email, String phone, QualificationLevel qualificationLevel,
                             String specialty, String className, boolean fewerOpportunities,
                             String fewerOpportunitiesJustification, boolean needsSupport,
                             LocalDate parentalConsentDate, String emergencyContactName, String emergencyContactPhone) {
}
