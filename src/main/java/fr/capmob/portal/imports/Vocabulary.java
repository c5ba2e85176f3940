package fr.capmob.portal.imports;

import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.participant.PersonNames;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a file may use for a coded value: the code itself ("BAC_PRO", "FR") or its label in French or English
 * as the portal shows it ("Bac Pro", "Allemagne", "Germany"), case, accents and punctuation ignored.
 */
@Component
class Vocabulary {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final MessageSource messages;
    private final Map<String, String> countries = new HashMap<>();

    Vocabulary(MessageSource messages) {
        this.messages = messages;
        for (Locale language : LANGUAGES) {
            Countries.all(language).forEach((code, name) -> countries.put(PersonNames.normalise(name), code));
        }
    }

    <E extends Enum<E>> Optional<E> value(String text, Class<E> type, String labelPrefix) {
        String wanted = PersonNames.normalise(text);
        for (E constant : type.getEnumConstants()) {
            if (PersonNames.normalise(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
            for (Locale language : LANGUAGES) {
                String label = messages.getMessage(labelPrefix + constant.name(), null, null, language);
                if (label != null && PersonNames.normalise(label).equals(wanted)) {
                    return Optional.of(constant);
                }
            }
        }
        return Optional.empty();
    }

    /** The ISO code of a country given by its code or its French or English name. */
    Optional<String> country(String text) {
        String trimmed = text.strip();
        if (trimmed.length() == 2 && Countries.isKnown(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(countries.get(PersonNames.normalise(trimmed)));
    }
}
