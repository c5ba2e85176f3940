package fr.capmob.portal.consortium;

import java.util.List;

/** A project or pair command refused by a rule of the registry; nothing was changed. */
public class RegistryRuleException extends RuntimeException {

    private final List<RuleViolation> violations;

    public RegistryRuleException(List<RuleViolation> violations) {
        super("registry rules broken: " + violations);
        this.violations = List.copyOf(violations);
    }

    public RegistryRuleException(RuleViolation violation) {
        this(List.of(violation));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
