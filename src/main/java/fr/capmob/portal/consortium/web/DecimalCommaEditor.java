package fr.capmob.portal.consortium.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads amounts typed the French way too: {@code 12 345,67} as well as {@code 12345.67}. Spaces (also the
 * non-breaking ones a French spreadsheet copies) are ignored; a text with both a comma and a point is refused
 * rather than guessed. A refusal becomes the field's {@code typeMismatch} error.
 */
class DecimalCommaEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (cleaned.contains(",")) {
            if (cleaned.contains(".") || cleaned.indexOf(',') != cleaned.lastIndexOf(',')) {
                throw new IllegalArgumentException("ambiguous decimal: " + text);
            }
            cleaned = cleaned.replace(',', '.');
        }
        setValue(new BigDecimal(cleaned));
    }

    /** Shown back with a decimal comma to French users, as they would type it. */
    @Override
    public String getAsText() {
        Object value = getValue();
        if (value == null) {
            return "";
        }
        String text = ((BigDecimal) value).toPlainString();
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? text.replace('.', ',') : text;
    }
}
