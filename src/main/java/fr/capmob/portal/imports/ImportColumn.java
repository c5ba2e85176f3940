package fr.capmob.portal.imports;

import fr.capmob.portal.participant.PersonNames;
import java.util.List;
import java.util.stream.Stream;

/**
 * One column of an import file: {@code key} names it in the code and the i18n bundle; a file may head it with
 * its French or English name or one of the other accepted spellings (case, accents and punctuation ignored).
 */
public record ImportColumn(String key, boolean required, int maxLength, String french, String english, List<String> aliases) {

    static ImportColumn required(String key, int maxLength, String french, String english, String... aliases) {
        return new ImportColumn(key, true, maxLength, french, english, List.of(aliases));
    }

    static ImportColumn optional(String key, int maxLength, String french, String english, String... aliases) {
        return new ImportColumn(key, false, maxLength, french, english, List.of(aliases));
    }

    boolean matches(String header) {
        String wanted = PersonNames.normalise(header);
        return !wanted.isEmpty() && Stream.concat(Stream.of(french, english), aliases.stream())
                .anyMatch(name -> PersonNames.normalise(name).equals(wanted));
    }
}
