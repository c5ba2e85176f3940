package fr.capmob.portal.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code #amounts} object of one page: amounts with two decimals and the language's separators. */
public final class TemplateAmounts {

    /** A format per language and thread: building one (its symbols) costs more than formatting with it. */
    private static final ThreadLocal<Map<Locale, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private final Locale locale;

    TemplateAmounts(Locale locale) {
        this.locale = locale;
    }

    /** "1 234,50" in French, "1,234.50" in English; null for no amount. */
    public String format(Number amount) {
        return amount == null ? null : FORMATS.get().computeIfAbsent(locale, TemplateAmounts::twoDecimals).format(amount);
    }

    private static DecimalFormat twoDecimals(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumIntegerDigits(1);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        format.setDecimalFormatSymbols(new DecimalFormatSymbols(locale));
        return format;
    }
}
