package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.time.Instant;

/** An explicit recomputation of a frozen grant (a row of {@code mobility_grant_change}). */
public record GrantChange(Instant changedAt, String changedBy, String reason, Long previousRateTableId,
                          long newRateTableId, BigDecimal previousTotal, BigDecimal newTotal) {
}
