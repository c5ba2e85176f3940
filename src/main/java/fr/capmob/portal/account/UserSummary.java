package fr.capmob.portal.account;

/** A row of the users list. */
public record UserSummary(long id, String email, String displayName, Role role, Long schoolId, String schoolName,
                          boolean active) {
}
