package fr.capmob.portal.budget;

import java.util.List;

/**
 * A budget or payment input that breaks a rule; each violation names the form field (or null for the whole
 * form), a message key and its arguments. Nothing was saved.
 */
public class BudgetRuleException extends RuntimeException {

    public record Violation(String field, String messageKey, Object... args) {
    }

    private final List<Violation> violations;

    public BudgetRuleException(List<Violation> violations) {
        super("budget rule broken: " + violations.stream().map(Violation::messageKey).toList());
        this.violations = List.copyOf(violations);
    }

    public BudgetRuleException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
