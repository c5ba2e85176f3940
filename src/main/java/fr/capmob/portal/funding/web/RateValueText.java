package fr.capmob.portal.funding.web;

import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateKind;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rate table's figure as a reader reads it: in their language's number format and with its unit — "180 €",
 * "70 %", "60 jours", "à partir du 15e jour", "100 participants" — instead of the stored "0.7" or "60". The unit
 * follows the figure's kind, and for a parameter its code's ending (_SHARE, _THRESHOLD, _DAYS, _FROM_DAY, _LIMIT;
 * any other parameter is an amount in euros). A country group stays as stored.
 */
@Component
class RateValueText {

    enum Unit { EUROS, SHARE, DAYS, DAY_NUMBER, PARTICIPANTS, TEXT }

    private final MessageSource messages;

    RateValueText(MessageSource messages) {
        this.messages = messages;
    }

    String format(RateItem item, Locale locale) {
        return format(item.kind(), item.code(), item.value(), locale);
    }

    /** {@code value}: as {@link RateItem#value()} writes it (a plain number or a text). */
    String format(RateKind kind, String code, String value, Locale locale) {
        Unit unit = unitOf(kind, code);
        if (value == null || unit == Unit.TEXT) {
            return value;
        }
        BigDecimal number = new BigDecimal(value);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        return switch (unit) {
            case EUROS -> messages.getMessage("funding.unit.euros", new Object[] {euros(number, numbers)}, locale);
            case SHARE -> messages.getMessage("funding.unit.share",
                    new Object[] {numbers.format(number.movePointRight(2))}, locale);
            case DAYS -> messages.getMessage("funding.unit.days", new Object[] {number.intValue()}, locale);
            case DAY_NUMBER -> messages.getMessage("funding.unit.dayNumber", new Object[] {number.intValue()}, locale);
            case PARTICIPANTS -> messages.getMessage("funding.unit.participants", new Object[] {number.intValue()}, locale);
            case TEXT -> value;
        };
    }

    /** Whole euros as published ("180 €"), cents with both digits ("120,50 €"). */
    private static String euros(BigDecimal amount, NumberFormat numbers) {
        numbers.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return numbers.format(amount);
    }

    static Unit unitOf(RateKind kind, String code) {
        if (kind == RateKind.COUNTRY_GROUP) {
            return Unit.TEXT;
        }
        if (kind != RateKind.PARAMETER) {
            return Unit.EUROS;
        }
        if (code.endsWith("_SHARE") || code.endsWith("_THRESHOLD")) {
            return Unit.SHARE;
        }
        if (code.endsWith("_FROM_DAY")) {
            return Unit.DAY_NUMBER;
        }
        if (code.endsWith("_DAYS")) {
            return Unit.DAYS;
        }
        if (code.endsWith("_LIMIT")) {
            return Unit.PARTICIPANTS;
        }
        return Unit.EUROS;
    }
}
