package fr.capmob.portal.participant;

/**
 * What a user enters for a staff member (already validated in shape by the form). {@code languages} is the
 * structured text of {@link LanguageSkills}; {@code schoolId} is ignored for referents.
 */
public record StaffCommand(Long schoolId, String lastName, String firstName, String email, String phone, StaffRole role,
                           String subjects, String languages, boolean clilCertified) {
}
