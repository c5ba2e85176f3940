package fr.capmob.portal.geo;

import java.util.Locale;

/** A city of the gazetteer. {@code country} is the ISO 3166-1 alpha-2 code. */
public record City(int id, String country, String name, String region, double latitude, double longitude) {

    /** The country's name in the given language ("Allemagne", "Germany"). */
    public String countryName(Locale locale) {
        return countryName(country, locale);
    }

    /** The name of a country given by its ISO code, in the given language. */
    public static String countryName(String isoCode, Locale locale) {
        return Countries.name(isoCode, locale);
    }

    /** The city's name in the reader's language: "Vienne" for a French reader, "Vienna" otherwise. */
    public String displayName(Locale locale) {
        return CityNames.in(name, country, locale);
    }

    /** A city's name (as the gazetteer writes it) in the reader's language. */
    public static String displayName(String name, String country, Locale locale) {
        return CityNames.in(name, country, locale);
    }

    /** "Vienne, Autriche": a city and its country in the reader's language. */
    public static String place(String name, String country, Locale locale) {
        return CityNames.in(name, country, locale) + ", " + countryName(country, locale);
    }

    /**
     * "München (Bavaria, Allemagne)": what a picker shows to tell homonyms apart, with the local name when the
     * reader's differs ("Séville (Sevilla, Andalusia, Espagne)").
     */
    public String label(Locale locale) {
        String where = region == null || region.isBlank() ? countryName(locale) : region + ", " + countryName(locale);
        String shown = displayName(locale);
        return shown + " (" + (shown.equals(name) ? "" : name + ", ") + where + ")";
    }
}
