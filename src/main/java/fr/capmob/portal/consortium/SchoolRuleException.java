package fr.capmob.portal.consortium;

/** A school's data broke a rule; {@link #field()} is the form field concerned, {@link #messageKey()} the message. */
public class SchoolRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public SchoolRuleException(String field, String messageKey) {
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
