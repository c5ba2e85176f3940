package fr.capmob.portal.mobility;

import java.time.Instant;

/** One line of a mobility's history: who moved it from which status to which, when, and why. */
public record TransitionRecord(MobilityStatus from, MobilityStatus to, String changedBy, Instant changedAt,
                               String comment, boolean forceMajeure) {
}
