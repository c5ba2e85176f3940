package fr.capmob.portal.account;

/** What a coordinator enters to create or edit a user. */
public record UserCommand(String email, String displayName, Role role, Long schoolId, String preferredLanguage) {
}
