package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.MobilityProblems;
import fr.capmob.portal.mobility.MobilityRuleException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts the content rules' problems beside the mobility form's fields, all at once: a field that already shows an
 * error of its own (a missing or malformed value) keeps that one.
 */
@Component
class FormProblems {

    private final RuleMessages ruleMessages;

    FormProblems(RuleMessages ruleMessages) {
        this.ruleMessages = ruleMessages;
    }

    void reject(BindingResult binding, MobilityRuleException rule, MobilityForm form, Locale locale) {
        List<MobilityRuleException> problems = rule instanceof MobilityProblems all ? all.problems() : List.of(rule);
        reject(binding, problems, form, locale);
    }

    void reject(BindingResult binding, List<MobilityRuleException> problems, MobilityForm form, Locale locale) {
        for (MobilityRuleException problem : problems) {
            String field = field(problem, form);
            Object[] args = ruleMessages.args(problem, locale);
            if (field == null) {
                binding.reject(problem.messageKey(), args, null);
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.messageKey(), args, null);
            }
        }
    }

    private static String field(MobilityRuleException problem, MobilityForm form) {
        if ("participant".equals(problem.field())) {
            return form.getActivityType() != null && !form.getActivityType().isLearner() ? "staffId" : "studentId";
        }
        return problem.field();
    }
}
