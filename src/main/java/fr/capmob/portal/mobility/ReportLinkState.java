package fr.capmob.portal.mobility;

import java.time.Instant;

/** The latest link of a mobility, without its token: when it was made, until when it works, whether it was used. */
public record ReportLinkState(Instant createdAt, Instant expiresAt, Instant usedAt, boolean expired) {
}
