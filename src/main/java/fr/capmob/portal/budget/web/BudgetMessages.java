package fr.capmob.portal.budget.web;

import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.mobility.MobilityStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns budget rule violations into field errors in the user's language (amounts as money, items by their label). */
@Component
class BudgetMessages {

    private final MessageSource messages;

    BudgetMessages(MessageSource messages) {
        this.messages = messages;
    }

    void reject(BindingResult binding, BudgetRuleException rule, Locale locale) {
        for (BudgetRuleException.Violation violation : rule.violations()) {
            Object[] args = Arrays.stream(violation.args()).map(arg -> arg(arg, locale)).toArray();
            if (violation.field() == null) {
                binding.reject(violation.messageKey(), args, null);
            } else {
                try {
                    binding.rejectValue(violation.field(), violation.messageKey(), args, null);
                } catch (RuntimeException notAField) {
                    binding.reject(violation.messageKey(), args, null);
                }
            }
        }
    }

    String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return messages.getMessage("budget.money", new Object[] {format.format(amount)}, locale);
    }

    private Object arg(Object arg, Locale locale) {
        if (arg instanceof BigDecimal amount) {
            return money(amount, locale);
        }
        if (arg instanceof MobilityStatus status) {
            return messages.getMessage("mobility.status." + status.name(), null, locale);
        }
        if (arg instanceof java.time.LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (arg instanceof String text) {
            for (BudgetItem item : BudgetItem.values()) {
                if (item.name().equals(text)) {
                    return messages.getMessage("budget.item." + item.name(), null, locale);
                }
            }
        }
        return arg;
    }
}
