package fr.capmob.portal.consortium;

import java.util.List;

/**
 * A rule of the registry that a command breaks: the form field it concerns, an i18n key and its arguments.
 * Controllers turn it into a field error; the message is resolved in the user's language.
 */
public record RuleViolation(String field, String messageKey, List<Object> args) {

    public static RuleViolation of(String field, String messageKey, Object... args) {
        return new RuleViolation(field, messageKey, List.of(args));
    }
}
