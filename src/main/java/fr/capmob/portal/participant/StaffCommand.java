package fr.capmob.portal.participant;

import java.time.LocalDate;

/**
 * What a user enters for a staff member (already validated in shape by the form). {@code languages} is the
 * structured text of {@link LanguageSkills}; {@code schoolId} is ignored for referents.
 */
public record StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                           String subjects, String languages, boolean clilCertified, LocalDate birthDate,
                           Gender gender, String nationality) {

    /** Without the personal fields the Commission's tools ask for (a spreadsheet import does not carry them). */
    public StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                        String subjects, String languages, boolean clilCertified) {
        this(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified, null, null, null);
    }
}
