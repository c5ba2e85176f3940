package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.ApprovalQueue;
import fr.capmob.portal.mobility.BulkApproval;
import fr.capmob.portal.mobility.BulkResult;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' queue of submitted mobilities, the longest waiting first, 10 lines a page (a trip is one line
 * whose mobilities load when it is opened, so the page's size does not grow with the trips'), each with what will
 * refuse its approval; approve the chosen lines at once, or send one back.
 */
@Controller
class ApprovalController {

    private final ApprovalQueue queue;
    private final BulkApproval approval;
    private final RuleMessages ruleMessages;

    ApprovalController(ApprovalQueue queue, BulkApproval approval, RuleMessages ruleMessages) {
        this.queue = queue;
        this.approval = approval;
        this.ruleMessages = ruleMessages;
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasRole('COORDINATOR')")
    String queue(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("page", queue.page(page));
        model.addAttribute("links", PageLinks.of(request, "/approvals"));
        return "mobilities/approvals";
    }

    /** A trip's line opened: its submitted mobilities, each with its refusals and its send-back form (a fragment). */
    @GetMapping("/approvals/trips/{tripId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String trip(@PathVariable long tripId, Model model) {
        model.addAttribute("item", queue.trip(tripId));
        return "mobilities/approval-trip :: rows";
    }

    @PostMapping("/approvals/approve")
    @PreAuthorize("hasRole('COORDINATOR')")
    String approve(@RequestParam(name = "mobility", required = false) List<Long> mobilityIds,
                   @RequestParam(name = "trip", required = false) List<Long> tripIds,
                   @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        List<BulkResult> results = approval.approve(mobilityIds, tripIds, user);
        redirect.addFlashAttribute("bulkTitle", "approval.done");
        redirect.addFlashAttribute("bulk", results.stream().map(r -> new BulkLine(r.reference(), r.name(), r.passed(),
                r.passed() ? null : ruleMessages.text(r.messageKey(), r.args().toArray(), locale))).toList());
        return "redirect:/approvals";
    }
}
