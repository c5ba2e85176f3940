package fr.capmob.portal.geo;

import java.text.Collator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166 country codes, named in the user's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        return code == null ? null : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** Code → name, sorted by name in that language. */
    public static Map<String, String> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOCountries())
                .sorted((a, b) -> collator.compare(name(a, locale), name(b, locale)))
                .forEach(code -> names.put(code, name(code, locale)));
        return names;
    }
}
