package fr.capmob.portal.participant;

/**
 * What a user enters for a staff member (already validated in shape by the form). {@code languages} is the
 * structured text of {@link LanguageSkills}; {@code schoolId} is ignored for referents; {@code language} is the language of the
 * e-mails they receive (null keeps the current one, French for a new member).
 */
public record StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                           String subjects, String languages, boolean clilCertified, String language) {

    /** Without a language (imports): a new member's is French, an existing one's is kept. */
    public StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                        String subjects, String languages, boolean clilCertified) {
        this(schoolId, lastName, firstName, email, phone, role, subjects, languages, clilCertified, null);
    }
}
