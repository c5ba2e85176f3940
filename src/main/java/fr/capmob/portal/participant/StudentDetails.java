package fr.capmob.portal.participant;

import fr.capmob.portal.consortium.QualificationLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One student as the current user may see them. {@code fewerOpportunitiesJustification} is null (never read from
 * the database) unless {@code justificationVisible}: coordinators and the referents of the student's school.
 */
public record StudentDetails(long id, long version, long schoolId, String schoolName, String lastName, String firstName,
                             LocalDate birthDate, Gender gender, String nationality, String email, String phone,
                             QualificationLevel qualificationLevel, String specialty, String className,
                             boolean fewerOpportunities, boolean justificationVisible,
                             String fewerOpportunitiesJustification, boolean needsSupport,
                             LocalDate parentalConsentDate, String emergencyContactName, String emergencyContactPhone,
                             Instant updatedAt, String updatedBy, boolean editable, String language) {

    public boolean isMinorOn(LocalDate date) {
        return Majority.isMinorOn(birthDate, date);
    }

    public String fullName() {
        return lastName + " " + firstName;
    }
}
