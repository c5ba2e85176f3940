package fr.capmob.portal.mail;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to queue: the recipient's address and language ({@code fr} or {@code en}; anything else is French),
 * the template's name (files {@code mail-templates/<template>.html} and {@code .txt}, subject
 * {@code mail.<template>.subject} unless {@code subjectKey} names another) and the template's variables. A
 * {@link MailLink} variable becomes an absolute link on the portal's public address. The subject's message gets the
 * consortium's name as {@code {0}}, then {@code subjectArguments}.
 */
public record Mail(String to, String language, String template, Map<String, Object> variables, String subjectKey,
                   List<Object> subjectArguments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        language = "en".equals(language) ? "en" : "fr";
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        subjectKey = subjectKey == null ? "mail." + template + ".subject" : subjectKey;
        subjectArguments = subjectArguments == null ? List.of() : List.copyOf(subjectArguments);
    }

    public Mail(String to, String language, String template, Map<String, Object> variables) {
        this(to, language, template, variables, null, null);
    }

    /** The same message with the subject of another message key, given these arguments after the consortium's name. */
    public Mail withSubject(String key, Object... arguments) {
        return new Mail(to, language, template, variables, key, List.of(arguments));
    }
}
