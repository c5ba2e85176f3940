package fr.capmob.portal.funding;

import java.math.BigDecimal;

/**
 * One figure of a rate table: an amount (or, for a country group, a text value), the text it comes from and
 * whether it is an example to check against the project's grant agreement.
 */
public record RateItem(RateKind kind, String code, BigDecimal amount, String textValue, String source, boolean verify) {

    public RateItem {
        if ((amount == null) == (textValue == null)) {
            throw new IllegalArgumentException("a rate item has either an amount or a text value: " + kind + " " + code);
        }
    }

    public static RateItem amount(RateKind kind, String code, String amount, String source) {
        return new RateItem(kind, code, new BigDecimal(amount), null, source, false);
    }

    public static RateItem text(RateKind kind, String code, String text, String source) {
        return new RateItem(kind, code, null, text, source, false);
    }

    /** The key that identifies this figure inside a table and across its versions. */
    public String key() {
        return kind + ":" + code;
    }

    /** The value as shown and compared: the amount without trailing zeros, or the text. */
    public String value() {
        return amount != null ? amount.stripTrailingZeros().toPlainString() : textValue;
    }
}
