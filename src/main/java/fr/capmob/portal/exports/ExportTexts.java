package fr.capmob.portal.exports;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The exports' words in the request's language: column headers ({@code exports.col.*}) and code labels. */
@Component
class ExportTexts {

    private final MessageSource messages;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a code ({@code exports.<group>.<code>}), the code itself when it has none, null for null. */
    String label(String group, String code, Locale locale) {
        return code == null ? null : messages.getMessage("exports." + group + "." + code, null, code, locale);
    }

    Column text(String key, Locale locale) {
        return column(key, ColumnType.TEXT, locale);
    }

    Column money(String key, Locale locale) {
        return column(key, ColumnType.MONEY, locale);
    }

    Column date(String key, Locale locale) {
        return column(key, ColumnType.DATE, locale);
    }

    Column column(String key, ColumnType type, Locale locale) {
        return new Column(messages.getMessage("exports.col." + key, null, locale), type);
    }
}
