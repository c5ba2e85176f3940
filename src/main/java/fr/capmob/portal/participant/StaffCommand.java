package fr.capmob.portal.participant;

import java.time.LocalDate;

/**
 * What a user enters for a staff member (already validated in shape by the form). {@code languages} is the
 * structured text of {@link LanguageSkills}; {@code schoolId} is ignored for referents; {@code language} is the language of the
 * e-mails they receive (null keeps the current one, French for a new member).
 */
public record StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                           String subjects, String languages, boolean clilCertified, String language,
                           LocalDate birthDate, Gender gender, String nationality) {

    /** Without a language nor the personal fields (imports): a new member's language is French, an existing one's is kept. */
    public StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                        String subjects, String languages, boolean clilCertified) {
        this(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified, null, null, null, null);
    }

    /** With the e-mail language only. */
    public StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                        String subjects, String languages, boolean clilCertified, String language) {
        this(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified, language, null, null, null);
    }

    /** With the personal fields the Commission's tools ask for, without a language. */
    public StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                        String subjects, String languages, boolean clilCertified, LocalDate birthDate,
                        Gender gender, String nationality) {
        this(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified, null, birthDate,
                gender, nationality);
    }
}
