package fr.capmob.portal.geo;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166 country codes, named in the user's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<Locale, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String known = isKnown(code) ? all(locale).get(code) : null;
        return known != null ? known : displayName(code, locale);
    }

    private static String displayName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** Code → name, sorted by name in that language; computed once per language (a form shows all 250). */
    public static Map<String, String> all(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(Locale.forLanguageTag(locale.getLanguage()), Countries::sorted);
    }

    private static Map<String, String> sorted(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOCountries())
                .map(code -> Map.entry(code, displayName(code, locale)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(names);
    }
}
