package fr.capmob.portal.partner;

import fr.capmob.portal.geo.PlaceNames;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The form of an organisation's name that duplicates are caught on: case, accents and punctuation ignored,
 * and legal forms left out, so "Hotel Adlon Kempinski GmbH", "HÔTEL ADLON KEMPINSKI" and
 * "Hotel Adlon-Kempinski" are the same name.
 */
public final class OrganisationNames {

    /**
     * Legal forms as they read once normalised (dots and hyphens become spaces): GmbH, S.r.l., Ltd, SARL,
     * SAS, S.A., S.L., S.p.A., AG, KG, e.V., B.V., N.V., Oy, AB, A/S, ApS, sp. z o.o., s.r.o., Kft., Lda…
     * Longest first, so "gmbh co kg" goes before "kg".
     */
    private static final List<String> LEGAL_FORMS = List.of(
            "gmbh co kg", "g m b h", "sp z o o", "s a r l", "s p a", "s r l", "s r o", "s l u", "s a s", "e u r l", "s a u", "s a", "s l", "s c",
            "limited", "gmbh", "sarl", "eurl", "sasu", "ltd", "plc", "llp", "sas", "srl", "spa", "sro", "slu", "sau",
            "kft", "lda", "ltda", "e v", "b v", "n v", "a s", "aps", "oyj", "oy", "ab", "ag", "kg", "gbr", "ohg",
            "bv", "nv", "sl", "sa", "as", "ou", "d o o", "doo", "ad", "eood", "ood", "sc", "scs", "snc", "inc", "co");

    private static final Pattern SPACES = Pattern.compile(" +");

    private OrganisationNames() {
    }

    public static String normalise(String legalName) {
        String name = " " + PlaceNames.searchForm(legalName) + " ";
        boolean removed = true;
        // a name may end with several forms ("… GmbH & Co. KG"); strip from the end only, never a whole name
        while (removed) {
            removed = false;
            for (String form : LEGAL_FORMS) {
                String suffix = " " + form + " ";
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    name = name.substring(0, name.length() - suffix.length() + 1);
                    removed = true;
                    break;
                }
            }
        }
        // French usage also puts the form first: "SARL Boulangerie Martin"
        for (String form : LEGAL_FORMS) {
            String prefix = " " + form + " ";
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length() - 1);
                break;
            }
        }
        return SPACES.matcher(name.trim()).replaceAll(" ");
    }
}
