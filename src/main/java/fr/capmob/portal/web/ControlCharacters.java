package fr.capmob.portal.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text with control characters (NUL and the other C0 and C1 controls; tab, carriage return and line feed excepted)
 * is refused when it is bound, for every form, request parameter and path variable of every controller: a form field
 * gets the message {@code typeMismatch.java.lang.String} beside it, anything else a 400 page. PostgreSQL cannot store
 * NUL in text, and no person types the others. Controllers that trim texts use {@link #trimming()} (never a plain
 * {@code StringTrimmerEditor}, which would replace this check: {@code ArchitectureRulesTest} says so).
 */
@ControllerAdvice
public class ControlCharacters {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor(false));
    }

    /** The same check, with texts trimmed and blank ones bound as null. */
    public static PropertyEditorSupport trimming() {
        return new Editor(true);
    }

    /** True when the text holds a character no form accepts. */
    public static boolean refused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    private static final class Editor extends PropertyEditorSupport {

        private final boolean trim;

        Editor(boolean trim) {
            this.trim = trim;
        }

        @Override
        public void setAsText(String text) {
            if (text != null && refused(text)) {
                throw new IllegalArgumentException("control character in a text");
            }
            if (trim && text != null) {
                String trimmed = text.trim();
                setValue(trimmed.isEmpty() ? null : trimmed);
            } else {
                setValue(text);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
