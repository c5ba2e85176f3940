package fr.capmob.portal.participant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a person's name that duplicates are caught on and names are searched on: lower case, no accents,
 * punctuation and hyphens as single spaces, so "Lefèvre", "LEFEVRE" and "le-fevre " differ only where they should.
 */
public final class PersonNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private PersonNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT)
                // letters that Unicode decomposition does not split into a base letter and an accent
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l");
        String withoutAccents = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(withoutAccents).replaceAll(" ").trim();
    }
}
