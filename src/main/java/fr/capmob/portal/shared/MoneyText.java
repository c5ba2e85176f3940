package fr.capmob.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts typed by users: a French decimal comma or a decimal point, spaces (also non-breaking) as thousands
 * separators, a leading minus, at most two decimals, an optional euro sign. "1 234,5" → 1234.50.
 */
public final class MoneyText {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,10}([.,]\\d{1,2})?");

    private MoneyText() {
    }

    /** The amount, scale 2; empty when the text is not an amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace("€", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!AMOUNT.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The amount as a French user types it back: "1234,50" (no thousands separator, decimal comma). */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
