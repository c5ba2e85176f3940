package fr.capmob.portal.mobility;

import java.time.Instant;

/**
 * A personal report link just created: the token is shown once, only its hash is stored; {@code mailedTo} is the
 * address it was e-mailed to (null when the participant's record has none).
 */
public record ReportLink(long mobilityId, String reference, String participantName, String token, Instant expiresAt,
                         String mailedTo) {
}
