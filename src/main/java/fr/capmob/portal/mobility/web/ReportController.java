package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.InvalidReportLinkException;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.ReportInvitation;
import fr.capmob.portal.mobility.ReportLink;
import fr.capmob.portal.mobility.ReportService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import fr.capmob.portal.web.ControlCharacters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Participant reports: staff create personal links (one mobility, or all COMPLETED learners of a trip) and see them
 * once; the participant fills the form at {@code /report/{token}} without an account.
 */
@Controller
class ReportController {

    private final ReportService reports;
    private final RuleMessages ruleMessages;

    ReportController(ReportService reports, RuleMessages ruleMessages) {
        this.reports = reports;
        this.ruleMessages = ruleMessages;
    }

    @InitBinder("reportForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @PostMapping("/mobilities/{id}/report-link")
    @PreAuthorize(MobilityController.MANAGERS)
    String createLink(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                      HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            return links(List.of(reports.createLink(id, user)), "/mobilities/" + id, request, model);
        } catch (MobilityRuleException rule) {
            redirect.addFlashAttribute("refusal", ruleMessages.text(rule, locale));
            return "redirect:/mobilities/" + id;
        }
    }

    @PostMapping("/trips/{id}/report-links")
    @PreAuthorize(MobilityController.MANAGERS)
    String createTripLinks(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                           HttpServletRequest request, Model model) {
        return links(reports.createLinksForTrip(id, user), "/trips/" + id, request, model);
    }

    private static String links(List<ReportLink> links, String back, HttpServletRequest request, Model model) {
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/report/";
        model.addAttribute("links", links);
        model.addAttribute("base", base);
        model.addAttribute("back", back);
        return "reports/links";
    }

    @GetMapping("/report/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<ReportInvitation> invitation = reports.invitation(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("reportForm", new ReportForm());
        return "reports/form";
    }

    @PostMapping("/report/{token}")
    String submit(@PathVariable String token, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
                  Model model, Locale locale, HttpServletResponse response) {
        Optional<ReportInvitation> invitation = reports.invitation(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        form.checkRequired(invitation.get().kind(), binding);
        if (binding.hasErrors()) {
            model.addAttribute("invitation", invitation.get());
            model.addAttribute("token", token);
            return "reports/form";
        }
        try {
            reports.submit(token, form.toAnswers(locale.getLanguage()));
        } catch (InvalidReportLinkException e) {
            return invalid(response);
        }
        return "reports/thanks";
    }

    /** Unknown, expired and used links all get the same page: it tells nothing about which it was. */
    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "reports/invalid";
    }
}
