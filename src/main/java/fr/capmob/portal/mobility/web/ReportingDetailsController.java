package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.ReportingDetails;
import fr.capmob.portal.mobility.ReportingDetailsService;
import fr.capmob.portal.shared.ConcurrentEditException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A mobility's reporting details (what the Commission's tools ask beyond the plan): coordinators and referents. */
@Controller
class ReportingDetailsController {

    private final ReportingDetailsService details;
    private final RuleMessages messages;

    ReportingDetailsController(ReportingDetailsService details, RuleMessages messages) {
        this.details = details;
        this.messages = messages;
    }

    @GetMapping("/mobilities/{id}/reporting")
    @PreAuthorize(MobilityController.MANAGERS)
    String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportingDetails current = details.get(id, user);
        return page(ReportingDetailsForm.from(current), current, model);
    }

    @PostMapping("/mobilities/{id}/reporting")
    @PreAuthorize(MobilityController.MANAGERS)
    String save(@PathVariable long id, @Valid @ModelAttribute("reportingDetailsForm") ReportingDetailsForm form,
                BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        ReportingDetails current = details.get(id, user);
        if (binding.hasErrors()) {
            return page(form, current, model);
        }
        try {
            details.save(id, form.getVersion(), form.toCommand(), user);
        } catch (MobilityRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey(), messages.args(rule, locale), rule.messageKey());
            return page(form, current, model);
        } catch (ConcurrentEditException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("staleVersion", true);
            return page(ReportingDetailsForm.from(details.get(id, user)), current, model);
        }
        redirect.addFlashAttribute("success", "reporting.details.saved");
        return "redirect:/mobilities/" + id;
    }

    private static String page(ReportingDetailsForm form, ReportingDetails current, Model model) {
        model.addAttribute("reportingDetailsForm", form);
        model.addAttribute("details", current);
        return "mobilities/reporting";
    }
}
