package fr.capmob.portal.participant;

import java.util.Locale;

/** A language (ISO 639-1 code) and the CEFR level someone has in it. */
public record LanguageSkill(String language, CefrLevel level) {

    /** The language's name in the given locale, e.g. "anglais" or "English". */
    public String languageName(Locale locale) {
        String name = new Locale.Builder().setLanguage(language).build().getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
