package fr.capmob.portal.consortium;

import java.time.Instant;
import java.util.List;

/** A pair with its version and the warnings of {@link PairRules} (a novice tutor, an experienced tutored school). */
public record PairDetails(PairSummary pair, long version, List<RuleViolation> warnings, String updatedBy,
                          Instant updatedAt) {
}
