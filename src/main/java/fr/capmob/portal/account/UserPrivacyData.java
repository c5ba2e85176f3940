package fr.capmob.portal.account;

import java.time.Instant;
import java.util.List;

/** Everything the portal holds about one user account, for a data-protection export (never a password or token). */
public record UserPrivacyData(UserView user, Instant createdAt, Instant lastSignIn, List<Link> links) {

    /** A one-time set-password link: when it was made, until when it worked, when it was used, by whom it was made. */
    public record Link(Instant createdAt, Instant expiresAt, Instant usedAt, String createdBy) {
    }
}
