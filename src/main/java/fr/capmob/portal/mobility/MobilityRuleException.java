package fr.capmob.portal.mobility;

import java.util.List;

/**
 * A rule refused the change: {@code field} is the form field it concerns (null: the whole mobility),
 * {@code messageKey} the i18n key, {@code args} its arguments.
 */
public class MobilityRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;

    MobilityRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
