package fr.capmob.portal.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's languages as one structured text: entries "code level" separated by commas or semicolons,
 * e.g. "en B2, es A1" (ISO 639-1 code, CEFR level). Stored in the normalised form {@link #format(List)} gives.
 */
public final class LanguageSkills {

    private static final Pattern ENTRY = Pattern.compile("([a-zA-Z]{2})\\s*[:\\s]\\s*([ABCabc][12])");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private LanguageSkills() {
    }

    /** True when the text is empty or every entry is a known language code with a CEFR level, each language once. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    public static List<LanguageSkill> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, LanguageSkill> skills = new LinkedHashMap<>();
        for (String entry : text.split("[,;]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(entry.trim());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not 'code level': " + entry);
            }
            String language = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("unknown language " + language);
            }
            if (skills.put(language, new LanguageSkill(language, CefrLevel.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)))) != null) {
                throw new IllegalArgumentException("language twice: " + language);
            }
        }
        return new ArrayList<>(skills.values());
    }

    /** "en B2, es A1", or null when there is none. */
    public static String format(List<LanguageSkill> skills) {
        if (skills.isEmpty()) {
            return null;
        }
        return String.join(", ", skills.stream().map(s -> s.language() + " " + s.level()).toList());
    }
}
