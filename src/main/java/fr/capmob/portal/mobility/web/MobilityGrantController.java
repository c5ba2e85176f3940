package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.GrantUnavailableException;
import fr.capmob.portal.mobility.MobilityDetails;
import fr.capmob.portal.mobility.MobilityGrant;
import fr.capmob.portal.mobility.MobilityGrants;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.shared.ConcurrentEditException;
import java.util.Locale;
import fr.capmob.portal.web.ControlCharacters;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A mobility's grant: the live breakdown of the mobility form (htmx, not stored), a coordinator's recomputation of a
 * frozen grant, and the costs incurred by a force-majeure cancellation.
 */
@Controller
class MobilityGrantController {

    private final MobilityService mobilities;
    private final MobilityGrants grants;
    private final GrantTexts grantTexts;
    private final RuleMessages ruleMessages;

    MobilityGrantController(MobilityService mobilities, MobilityGrants grants, GrantTexts grantTexts,
                            RuleMessages ruleMessages) {
        this.mobilities = mobilities;
        this.grants = grants;
        this.grantTexts = grantTexts;
        this.ruleMessages = ruleMessages;
    }

    @InitBinder("mobilityForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    /** The live breakdown of the create form (htmx): the grant the form's values would give, not stored. */
    @PostMapping("/mobilities/grant-preview")
    @PreAuthorize(MobilityController.MANAGERS)
    String preview(@ModelAttribute("mobilityForm") MobilityForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return livePreview(form, null, user, model, locale);
    }

    /** The live breakdown of the edit form of a mobility the user may edit. */
    @PostMapping("/mobilities/{id}/grant-preview")
    @PreAuthorize(MobilityController.MANAGERS)
    String previewExisting(@PathVariable long id, @ModelAttribute("mobilityForm") MobilityForm form,
                           BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        MobilityDetails existing = mobilities.get(id, user); // 404 outside the user's scope
        mobilities.requireManager(id, user);
        if (!mobilities.mayEdit(id, user)) {
            model.addAttribute("grantProblem", "mobility.edit.notInThisStatus");
            return "mobilities/grant :: preview";
        }
        form.setProjectId(existing.projectId());
        return livePreview(form, id, user, model, locale);
    }

    private String livePreview(MobilityForm form, Long id, CurrentUser user, Model model, Locale locale) {
        if (!MobilityService.mayCreate(user)) {
            throw new AccessDeniedException("read-only role");
        }
        if (!Amounts.valid(form.getExceptionalTravelCost()) || !Amounts.valid(form.getInclusionRealCosts())) {
            model.addAttribute("grantProblem", "grants.amount.invalid");
            return "mobilities/grant :: preview";
        }
        try {
            MobilityGrant grant = grants.preview(form.toCommand(), id, user);
            model.addAttribute("grant", grant);
            model.addAttribute("grantLines", grantTexts.lines(grant, locale));
        } catch (GrantUnavailableException unavailable) {
            model.addAttribute("grantProblem", unavailable.messageKey());
        }
        return "mobilities/grant :: preview";
    }

    /** A coordinator recomputes a frozen grant with the project's current table, saying why. */
    @PostMapping("/mobilities/{id}/grant/recompute")
    @PreAuthorize("hasRole('COORDINATOR')")
    String recompute(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
                     @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
                     Locale locale, RedirectAttributes redirect) {
        mobilities.get(id, user);
        try {
            grants.recompute(id, version, reason, user);
            redirect.addFlashAttribute("success", "grants.recompute.done");
        } catch (MobilityRuleException rule) {
            redirect.addFlashAttribute("refusal", ruleMessages.text(rule, locale));
        } catch (ConcurrentEditException conflict) {
            redirect.addFlashAttribute("refusal", ruleMessages.text("grants.changedMeanwhile", new Object[0], locale));
        }
        return "redirect:/mobilities/" + id;
    }

    /** A coordinator enters the costs incurred by a force-majeure cancellation (they become the grant). */
    @PostMapping("/mobilities/{id}/force-majeure-costs")
    @PreAuthorize("hasRole('COORDINATOR')")
    String forceMajeureCosts(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
                             @RequestParam(required = false) String costs, @RequestParam(required = false) String note,
                             @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        mobilities.get(id, user);
        if (!Amounts.valid(costs)) {
            redirect.addFlashAttribute("refusal", ruleMessages.text("grants.amount.invalid", new Object[0], locale));
            return "redirect:/mobilities/" + id;
        }
        try {
            grants.forceMajeureCosts(id, version, Amounts.parse(costs).orElse(null), note, user);
            redirect.addFlashAttribute("success", "grants.forceMajeure.saved");
        } catch (MobilityRuleException rule) {
            redirect.addFlashAttribute("refusal", ruleMessages.text(rule, locale));
        } catch (ConcurrentEditException conflict) {
            redirect.addFlashAttribute("refusal", ruleMessages.text("grants.changedMeanwhile", new Object[0], locale));
        }
        return "redirect:/mobilities/" + id;
    }
}
