package fr.capmob.portal.funding.web;

import java.math.BigDecimal;

/** A line of the breakdown in the user's language. */
record GrantLineView(String item, String rule, BigDecimal amount, boolean verify) {
}
