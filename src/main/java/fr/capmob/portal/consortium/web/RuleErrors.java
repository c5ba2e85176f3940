package fr.capmob.portal.consortium.web;

import fr.capmob.portal.consortium.RuleViolation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/** Puts the violations a service found beside the form fields they concern (or in the summary). */
final class RuleErrors {

    private RuleErrors() {
    }

    static void addTo(BindingResult result, List<RuleViolation> violations, UnaryOperator<String> formField) {
        for (RuleViolation violation : violations) {
            Object[] args = violation.args().toArray();
            if (violation.field() == null) {
                result.reject(violation.messageKey(), args, violation.messageKey());
            } else {
                result.rejectValue(formField.apply(violation.field()), violation.messageKey(), args, violation.messageKey());
            }
        }
    }
}
