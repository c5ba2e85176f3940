package fr.capmob.portal.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search form of a place name: lower case, without accents, punctuation as single spaces, so that
 * "saint etienne", "Saint-Étienne" and "SAINT ETIENNE" all match, and "munchen" finds "München".
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private PlaceNames() {
    }

    public static String searchForm(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT)
                // letters that Unicode decomposition does not split into a base letter and an accent
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i").replace("ħ", "h");
        String withoutAccents = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(withoutAccents).replaceAll(" ").trim();
    }
}
