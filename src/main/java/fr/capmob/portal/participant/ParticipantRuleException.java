package fr.capmob.portal.participant;

/** A rule refused the change; {@code field} is the form field it concerns, {@code messageKey} the i18n key. */
public class ParticipantRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    ParticipantRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
