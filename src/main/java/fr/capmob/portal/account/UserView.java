package fr.capmob.portal.account;

import java.time.Instant;

/** A user's detail page and edit form. */
public record UserView(long id, long version, String email, String displayName, Role role, Long schoolId,
                       String schoolName, boolean active, String preferredLanguage, boolean hasPassword,
                       Instant passwordChangedAt, Instant updatedAt, String updatedBy) {
}
