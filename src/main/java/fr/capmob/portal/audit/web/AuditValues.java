package fr.capmob.portal.audit.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the history shows a stored value (as PostgreSQL gives it in text): booleans as yes/no, dates and times as on
 * every page, an empty value as a dash, everything else as stored. Templates call it as {@code @auditValues}.
 */
@Component("auditValues")
public class AuditValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    AuditValues(MessageSource messages) {
        this.messages = messages;
    }

    public String show(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "—";
        }
        if (stored.equals("true") || stored.equals("false")) {
            return messages.getMessage(stored.equals("true") ? "form.yes" : "form.no", null, LocaleContextHolder.getLocale());
        }
        try {
            if (DATE.matcher(stored).matches()) {
                return LocalDate.parse(stored).format(DAY);
            }
            if (TIMESTAMP.matcher(stored).matches()) {
                return OffsetDateTime.parse(stored).format(MINUTE);
            }
        } catch (DateTimeParseException notADate) {
            return stored;
        }
        return stored;
    }

    /** The author as shown: the user's name, or "anonymous form" / "system" in the reader's language. */
    public String author(String stored) {
        return switch (stored) {
            case "anonymous" -> messages.getMessage("audit.author.anonymous", null, LocaleContextHolder.getLocale());
            case "system" -> messages.getMessage("audit.author.system", null, LocaleContextHolder.getLocale());
            default -> stored;
        };
    }
}
