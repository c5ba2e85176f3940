package fr.capmob.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a base (yes answers out of answers, passed out of decided results…) and its percentage,
 * rounded half up to a whole number; no percentage when the base is zero.
 */
public record Share(long count, long base) {

    public Integer percent() {
        if (base == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
