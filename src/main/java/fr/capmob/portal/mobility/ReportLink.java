package fr.capmob.portal.mobility;

import java.time.Instant;

/** A personal report link just created: the token is shown once, only its hash is stored. */
public record ReportLink(long mobilityId, String reference, String participantName, String token, Instant expiresAt) {
}
