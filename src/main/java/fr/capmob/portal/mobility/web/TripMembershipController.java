package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MinorConsents;
import fr.capmob.portal.mobility.MobilityProblems;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.TripMembership;
import fr.capmob.portal.shared.ConcurrentEditException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a mobility's page: join a trip or move to another, leave it, record a minor's parental consent and exit
 * authorisation. Every refusal is listed at once on the page it returns to.
 */
@Controller
class TripMembershipController {

    private final TripMembership membership;
    private final MinorConsents consents;
    private final RuleMessages ruleMessages;

    TripMembershipController(TripMembership membership, MinorConsents consents, RuleMessages ruleMessages) {
        this.membership = membership;
        this.consents = consents;
        this.ruleMessages = ruleMessages;
    }

    @PostMapping("/mobilities/{id}/trip")
    @PreAuthorize(MobilityController.MANAGERS)
    String join(@PathVariable long id, @RequestParam(required = false) Long tripId,
                @RequestParam(defaultValue = "-1") long version, @AuthenticationPrincipal CurrentUser user,
                Locale locale, RedirectAttributes redirect) {
        membership.mayChange(id, user); // 404 outside the user's scope, before anything else
        if (tripId == null) {
            redirect.addFlashAttribute("refusals", List.of(ruleMessages.text("trip.membership.chooseTrip", new Object[0], locale)));
            return back(id);
        }
        return run(id, () -> membership.join(id, version, tripId, user), "trip.membership.joined", locale, redirect);
    }

    @PostMapping("/mobilities/{id}/trip/leave")
    @PreAuthorize(MobilityController.MANAGERS)
    String leave(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
                 @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        return run(id, () -> membership.leave(id, version, user), "trip.membership.left", locale, redirect);
    }

    @PostMapping("/mobilities/{id}/minor-consent")
    @PreAuthorize(MobilityController.MANAGERS)
    String consent(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
                   @RequestParam(required = false) String parentalConsentDate,
                   @RequestParam(required = false) String exitAuthorisationDate,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        consents.get(id, user); // 404 outside the user's scope
        LocalDate consent;
        LocalDate exit;
        try {
            consent = date(parentalConsentDate);
            exit = date(exitAuthorisationDate);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("refusals", List.of(ruleMessages.text("minor.date.invalid", new Object[0], locale)));
            return back(id);
        }
        return run(id, () -> consents.save(id, version, consent, exit, user), "minor.consent.saved", locale, redirect);
    }

    private String run(long id, Runnable change, String success, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (MobilityProblems problems) {
            redirect.addFlashAttribute("refusals", problems.problems().stream()
                    .map(problem -> ruleMessages.text(problem, locale)).toList());
        } catch (MobilityRuleException rule) {
            redirect.addFlashAttribute("refusals", List.of(ruleMessages.text(rule, locale)));
        } catch (ConcurrentEditException conflict) {
            redirect.addFlashAttribute("refusals", List.of(ruleMessages.text("trip.membership.changedMeanwhile",
                    new Object[0], locale)));
        }
        return back(id);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }

    private static String back(long id) {
        return "redirect:/mobilities/" + id;
    }
}
