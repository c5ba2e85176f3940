package fr.capmob.portal.partner;

/** A rule of the directory refused the change; {@code field} is the form field it concerns, {@code messageKey} the i18n key. */
public class HostRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    HostRuleException(String field, String messageKey) {
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
