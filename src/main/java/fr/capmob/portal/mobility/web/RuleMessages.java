package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a refused rule into words in the user's language: statuses by their label, dates as dd/MM/yyyy. */
@Component
class RuleMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    RuleMessages(MessageSource messages) {
        this.messages = messages;
    }

    Object[] args(MobilityRuleException rule, Locale locale) {
        return Arrays.stream(rule.args()).map(arg -> display(arg, locale)).toArray();
    }

    String text(MobilityRuleException rule, Locale locale) {
        return text(rule.messageKey(), rule.args(), locale);
    }

    String text(String messageKey, Object[] args, Locale locale) {
        Object[] shown = Arrays.stream(args).map(arg -> display(arg, locale)).toArray();
        return messages.getMessage(messageKey, shown, locale);
    }

    String status(MobilityStatus status, Locale locale) {
        return messages.getMessage("mobility.status." + status.name(), null, locale);
    }

    private Object display(Object arg, Locale locale) {
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (arg instanceof String text) {
            for (MobilityStatus status : MobilityStatus.values()) {
                if (status.name().equals(text)) {
                    return status(status, locale);
                }
            }
        }
        return arg;
    }
}
