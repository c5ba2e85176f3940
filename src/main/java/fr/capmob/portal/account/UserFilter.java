package fr.capmob.portal.account;

/** The filters of the users list; null means "any". */
public record UserFilter(String search, Role role, Long schoolId, Boolean active) {
}
