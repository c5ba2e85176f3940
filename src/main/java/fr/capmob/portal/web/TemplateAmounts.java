package fr.capmob.portal.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code #amounts} object of one page: amounts with two decimals and the language's separators, alone
 * ({@link #format}) or in a message ({@link #text}).
 */
public final class TemplateAmounts {

    /** A format per language and thread: building one (its symbols) costs more than formatting with it. */
    private static final ThreadLocal<Map<Locale, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private final Locale locale;
    private final AmountMessages messages;

    TemplateAmounts(Locale locale, AmountMessages messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** "1 234,50" in French, "1,234.50" in English; null for no amount. */
    public String format(Number amount) {
        return amount == null ? null : FORMATS.get().computeIfAbsent(locale, TemplateAmounts::twoDecimals).format(amount);
    }

    /**
     * The message {@code key} with the amount, {@link #format written}, as its one argument: what
     * {@code #{key(${#amounts.format(amount)})}} writes ("1 234,50 €" for {@code budget.money}), without formatting
     * the message for every amount of a page (a budget page writes two hundred).
     */
    public String text(String key, Number amount) {
        return messages.text(key, locale, String.valueOf(format(amount)));
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
