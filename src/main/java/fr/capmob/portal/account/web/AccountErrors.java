package fr.capmob.portal.account.web;

import fr.capmob.portal.account.AccountRuleException;
import org.springframework.validation.BindingResult;

/** Puts a refused account rule on the form: next to its field, or as a global error. */
final class AccountErrors {

    private AccountErrors() {
    }

    static void reject(BindingResult result, AccountRuleException e) {
        for (String key : e.messageKeys()) {
            if (e.field() == null) {
                result.reject(key);
            } else {
                result.rejectValue(e.field(), key);
            }
        }
    }
}
