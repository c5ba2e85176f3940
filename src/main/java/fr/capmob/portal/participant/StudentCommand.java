package fr.capmob.portal.participant;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.LocalDate;

/**
 * What a user enters for a student (already validated in shape by the form). {@code schoolId} is ignored for
 * referents: their students belong to their school. {@code language} ({@link ParticipantLanguage}) is the
 * language of the e-mails the student receives; null keeps the current one (French for a new student).
 */
public record StudentCommand(Long schoolId, String lastName, String firstName, LocalDate birthDate, Gender gender,
                             String nationality, String email, String phone, QualificationLevel qualificationLevel,
                             String specialty, String className, boolean fewerOpportunities,
                             String fewerOpportunitiesJustification, boolean needsSupport,
                             LocalDate parentalConsentDate, String emergencyContactName, String emergencyContactPhone,
                             String language) {

    /** Without a language (imports): a new student's is French, an existing one's is kept. */
    public StudentCommand(Long schoolId, String lastName, String firstName, LocalDate birthDate, Gender gender,
                          String nationality, String email, String phone, QualificationLevel qualificationLevel,
                          String specialty, String className, boolean fewerOpportunities,
                          String fewerOpportunitiesJustification, boolean needsSupport,
                          LocalDate parentalConsentDate, String emergencyContactName, String emergencyContactPhone) {
        this(schoolId, lastName, firstName, birthDate, gender, nationality, email, phone, qualificationLevel, specialty,
                className, fewerOpportunities, fewerOpportunitiesJustification, needsSupport, parentalConsentDate,
                emergencyContactName, emergencyContactPhone, null);
    }
}
