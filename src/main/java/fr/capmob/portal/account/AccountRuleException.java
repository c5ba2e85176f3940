package fr.capmob.portal.account;

import java.util.List;

/**
 * An account change refused by a rule (e-mail taken, school missing, password too weak…): the field concerned
 * (null when it concerns the whole form) and the i18n keys of the messages to show. Nothing was changed.
 */
public class AccountRuleException extends RuntimeException {

    private final String field;
    private final List<String> messageKeys;

    public AccountRuleException(String field, List<String> messageKeys) {
        super("account rule broken on " + field + ": " + messageKeys);
        this.field = field;
        this.messageKeys = List.copyOf(messageKeys);
    }

    public AccountRuleException(String field, String messageKey) {
        this(field, List.of(messageKey));
    }

    public String field() {
        return field;
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
