package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.budget.PaymentProperties;
import fr.capmob.portal.budget.PaymentStates;
import fr.capmob.portal.mobility.MobilityStatus;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The status from which a project pays its participants: read by the consortium-wide, set by coordinators. */
@Controller
class PaymentStateController {

    private final PaymentStates states;

    PaymentStateController(PaymentStates states) {
        this.states = states;
    }

    @GetMapping("/budget/projects/{id}/payment-state")
    @PreAuthorize(BudgetRoles.CONSORTIUM_WIDE)
    String show(@PathVariable long id, Model model) {
        return page(id, states.payableFrom(id), false, model);
    }

    @PostMapping("/budget/projects/{id}/payment-state")
    @PreAuthorize("hasRole('COORDINATOR')")
    String save(@PathVariable long id, @RequestParam(required = false) String payableFrom,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        MobilityStatus status = Arrays.stream(MobilityStatus.values()).filter(s -> s.name().equals(payableFrom))
                .findFirst().orElse(null);
        try {
            states.save(id, status, user);
        } catch (BudgetRuleException invalid) {
            return page(id, states.payableFrom(id), true, model);
        }
        redirect.addFlashAttribute("success", "budget.paymentState.saved");
        return "redirect:/budget/projects/" + id + "/payment-state";
    }

    private static String page(long id, MobilityStatus current, boolean invalid, Model model) {
        model.addAttribute("projectId", id);
        model.addAttribute("current", current);
        model.addAttribute("invalid", invalid);
        model.addAttribute("choices", Arrays.stream(MobilityStatus.values())
                .filter(PaymentProperties.PAYABLE_FROM_CHOICES::contains).toList());
        return "budget/payment-state";
    }
}
