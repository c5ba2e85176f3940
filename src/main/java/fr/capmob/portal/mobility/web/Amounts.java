package fr.capmob.portal.mobility.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Euro amounts typed in a form: "1 234,50", "1234.50", "80" (spaces, no-break spaces, one decimal comma or point). */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}([.,]\\d{1,2})?");
    static final BigDecimal MAX = new BigDecimal("9999999999");

    private Amounts() {
    }

    static boolean valid(String text) {
        return text == null || text.isBlank() || AMOUNT.matcher(clean(text)).matches();
    }

    /** The amount, or empty when blank or not an amount (check with {@link #valid} first). */
    static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank() || !valid(text)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(clean(text).replace(',', '.')));
    }

    /** As the form shows it back: a decimal comma, no grouping ("1234,5" → "1234,50"). */
    static String format(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(amount);
    }

    private static String clean(String text) {
        return text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("€", "");
    }
}
