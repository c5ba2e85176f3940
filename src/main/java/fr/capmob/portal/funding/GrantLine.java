package fr.capmob.portal.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a grant breakdown: the budget item, the rule that produced it (an i18n key of the funding bundle
 * and its arguments: numbers, texts, or enum constants that the page translates), and the amount, not rounded.
 *
 * @param verify the table marks a figure used here as an example to check against the grant agreement
 */
public record GrantLine(GrantItem item, String rule, List<Object> args, BigDecimal amount, boolean verify) {

    /** The budget items of a mobility's grant. */
    public enum GrantItem { TRAVEL, INDIVIDUAL_SUPPORT, ORGANISATIONAL_SUPPORT, INCLUSION_SUPPORT, COURSE_FEES, PREPARATORY_VISIT }

    public GrantLine {
        args = List.copyOf(args);
    }
}
