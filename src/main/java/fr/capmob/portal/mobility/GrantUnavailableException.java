package fr.capmob.portal.mobility;

/** A mobility's grant cannot be computed (yet): the i18n key says why (no rate table, form incomplete, …). */
public class GrantUnavailableException extends RuntimeException {

    private final String messageKey;

    public GrantUnavailableException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
