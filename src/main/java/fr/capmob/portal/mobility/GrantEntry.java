package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a mobility's grant as stored (column {@code mobility_grant.lines}): the item, the rule (an i18n key:
 * {@code funding.rule.*} for the unit-cost rules, {@code grants.rule.*} for the mobility's own), its arguments
 * (numbers, texts, or {@link Message} for a text the page translates) and the exact amount.
 *
 * @param item a {@code funding.GrantLine.GrantItem} name, or {@code INCLUSION_PARTICIPANT} / {@code FORCE_MAJEURE}
 */
public record GrantEntry(String item, String rule, List<Object> args, BigDecimal amount, boolean verify) {

    public static final String INCLUSION_PARTICIPANT = "INCLUSION_PARTICIPANT";
    public static final String FORCE_MAJEURE = "FORCE_MAJEURE";

    /** An argument that is itself a message key (an activity type, a participant category). */
    public record Message(String code) {
    }

    public GrantEntry {
        args = List.copyOf(args);
    }

    /** The i18n key that names the item. */
    public String itemKey() {
        return item.equals(INCLUSION_PARTICIPANT) || item.equals(FORCE_MAJEURE) ? "grants.item." + item : "funding.item." + item;
    }
}
