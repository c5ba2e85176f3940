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

    /** "München (Bavaria, Allemagne)": what a picker shows to tell homonyms apart. */
    public String label(Locale locale) {
        String where = region == null || region.isBlank() ? countryName(locale) : region + ", " + countryName(locale);
        return name + " (" + where + ")";
    }
}
