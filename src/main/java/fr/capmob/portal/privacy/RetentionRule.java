package fr.capmob.portal.privacy;

import java.math.BigDecimal;

/** How many years personal data is kept after the final report, for grants up to {@code maxTotalGrant} (null: any). */
public record RetentionRule(String code, int years, BigDecimal maxTotalGrant, String source) {

    boolean appliesTo(BigDecimal totalGrant) {
        return maxTotalGrant == null || totalGrant.compareTo(maxTotalGrant) <= 0;
    }
}
