package fr.capmob.portal.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;

/** File names that every system accepts: lower-case ASCII words joined by hyphens, parts by underscores. */
public final class DocumentFileNames {

    private DocumentFileNames() {
    }

    public static String of(String... parts) {
        StringJoiner name = new StringJoiner("_", "", ".pdf");
        for (String part : parts) {
            String slug = slug(part);
            if (!slug.isEmpty()) {
                name.add(slug);
            }
        }
        return name.toString();
    }

    /** {@code Dvořák-Nuñez} → {@code dvorak-nunez}; {@code 047193-MOB-00001} → {@code 047193-mob-00001}. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("æ", "ae").replace("œ", "oe").replace("Æ", "ae").replace("Œ", "oe").replace("đ", "d");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
