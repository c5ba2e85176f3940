package fr.capmob.portal.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as the PDF summary prints them, in French or English. */
record SummaryFormat(Locale locale) {

    private boolean french() {
        return !"en".equals(locale.getLanguage());
    }

    /** French: {@code 12 345,67 €} (no-break space); English: {@code €12,345.67}; empty for none. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french() ? '\u00A0' : ',');
        symbols.setDecimalSeparator(french() ? ',' : '.');
        symbols.setMinusSign('-');
        String number = new DecimalFormat("#,##0.00", symbols).format(amount.setScale(2, RoundingMode.HALF_UP));
        if (french()) {
            return number + "\u00A0€";
        }
        return number.startsWith("-") ? "-€" + number.substring(1) : "€" + number;
    }

    /** {@code 28 novembre 2026}, {@code 28 November 2026}. */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", french() ? Locale.FRENCH : Locale.ENGLISH));
    }
}
