package fr.capmob.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * "de" before a school's name as French writes it: "du Lycée Tirel", "de l’École Boulle", "de la Cité scolaire
 * Voltaire", "de Jean Moulin". The article follows the name's first word when it is a kind of school whose
 * gender is known (the names of the national register of schools start with such a word); any other name takes
 * a plain "de" ("d’" before a vowel).
 */
public final class FrenchArticles {

    private static final Set<String> MASCULINE = Set.of("lycee", "college", "centre", "institut", "campus", "groupe",
            "ensemble", "etablissement", "pole", "cfa", "lp", "lpo", "greta", "iut", "gip");
    private static final Set<String> FEMININE = Set.of("ecole", "cite", "section", "maison", "academie", "universite",
            "agence", "erea", "sep", "unite");

    private FrenchArticles() {
    }

    /** The name preceded by the right form of "de" for a French reader; the name alone for anyone else. */
    public static String of(String name, Locale locale) {
        if (name == null || name.isBlank() || locale == null || !"fr".equals(locale.getLanguage())) {
            return name;
        }
        String first = firstWord(name);
        boolean known = MASCULINE.contains(first) || FEMININE.contains(first);
        if (startsWithVowel(first)) {
            return (known ? "de l’" : "d’") + name.trim();
        }
        if (known) {
            return (MASCULINE.contains(first) ? "du " : "de la ") + name.trim();
        }
        return "de " + name.trim();
    }

    private static String firstWord(String name) {
        String plain = Normalizer.normalize(name.trim().toLowerCase(Locale.FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        int end = 0;
        while (end < plain.length() && Character.isLetter(plain.charAt(end))) {
            end++;
        }
        return plain.substring(0, end);
    }

    private static boolean startsWithVowel(String word) {
        return !word.isEmpty() && "aeiouy".indexOf(word.charAt(0)) >= 0;
    }
}
