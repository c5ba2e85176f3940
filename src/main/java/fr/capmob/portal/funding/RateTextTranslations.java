package fr.capmob.portal.funding;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rate tables' sources and version comments in the reader's language: the seeded texts are English and have
 * their French text in {@code rate_text_translation} (V33_1); a text without a translation (one a user typed) is
 * shown as typed.
 */
@Component
public class RateTextTranslations {

    private final JdbcClient jdbc;

    RateTextTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each text in the reader's language, read by one statement (none for English readers). */
    public Map<String, String> inLanguage(Collection<String> texts, Locale locale) {
        Set<String> distinct = texts.stream().filter(text -> text != null && !text.isBlank())
                .collect(Collectors.toSet());
        if (distinct.isEmpty() || !"fr".equals(locale.getLanguage())) {
            return distinct.stream().collect(Collectors.toMap(text -> text, text -> text));
        }
        Map<String, String> french = jdbc.sql("select text_en, text_fr from rate_text_translation where text_en in (:texts)")
                .param("texts", distinct)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return distinct.stream().collect(Collectors.toMap(text -> text, text -> french.getOrDefault(text, text)));
    }
}
