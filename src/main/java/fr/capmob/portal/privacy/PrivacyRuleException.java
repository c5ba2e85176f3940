package fr.capmob.portal.privacy;

/** A data-protection request refused for a reason the user can read (a message key). */
public class PrivacyRuleException extends RuntimeException {

    private final String messageKey;

    public PrivacyRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
