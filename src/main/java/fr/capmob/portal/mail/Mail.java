package fr.capmob.portal.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A message to queue: the recipient's address and language ({@code fr} or {@code en}; anything else is French),
 * the template's name (files {@code mail-templates/<template>.html} and {@code .txt}, subject
 * {@code mail.<template>.subject}) and the template's variables. A {@link MailLink} variable becomes an absolute
 * link on the portal's public address.
 */
public record Mail(String to, String language, String template, Map<String, Object> variables) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        language = "en".equals(language) ? "en" : "fr";
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
