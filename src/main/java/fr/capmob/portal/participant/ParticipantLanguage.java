package fr.capmob.portal.participant;

import java.util.List;

/**
 * The languages a participant's e-mails (report links) can be written in: French, the default, or English. The
 * {@code language} of the student and staff records; anything else reads as French.
 */
public final class ParticipantLanguage {

    public static final String DEFAULT = "fr";
    public static final List<String> ALL = List.of("fr", "en");

    private ParticipantLanguage() {
    }

    public static String of(String code) {
        return code != null && ALL.contains(code) ? code : DEFAULT;
    }
}
