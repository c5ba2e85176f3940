package fr.capmob.portal.privacy.web;

import fr.capmob.portal.privacy.PrivacyAction;
import fr.capmob.portal.privacy.PrivacyRequests;
import fr.capmob.portal.privacy.RetentionDue;
import fr.capmob.portal.privacy.RetentionRule;
import fr.capmob.portal.privacy.RetentionRules;
import fr.capmob.portal.privacy.RetentionRun;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The processing register (every signed-in user), the privacy notice (everyone, linked from the report form and the
 * footer), the register of data-protection requests and the retention schedule (coordinators).
 */
@Controller
class PrivacyPagesController {

    private final PrivacyRequests requests;
    private final RetentionRules rules;
    private final RetentionRun retention;
    private final Clock clock;

    PrivacyPagesController(PrivacyRequests requests, RetentionRules rules, RetentionRun retention, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.retention = retention;
        this.clock = clock;
    }

    @GetMapping("/privacy")
    String register(Model model) {
        addRules(model);
        return "privacy/register";
    }

    @GetMapping("/privacy-notice")
    String notice(Model model) {
        addRules(model);
        return "privacy/notice";
    }

    private void addRules(Model model) {
        List<RetentionRule> all = rules.rules();
        model.addAttribute("rules", all);
        Integer configured = rules.configuredYears();
        model.addAttribute("configuredYears", configured);
        // the periods in force: the configured one for every project, or the grant agreement's two
        model.addAttribute("standardYears", configured != null ? configured : years(all, "STANDARD"));
        model.addAttribute("lowYears", configured != null ? configured : years(all, "LOW_VALUE"));
    }

    private static int years(List<RetentionRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst().map(RetentionRule::years)
                .orElseThrow(() -> new IllegalStateException("no retention rule " + code));
    }

    @GetMapping("/privacy/requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    String requests(@RequestParam(required = false) PrivacyAction action, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        model.addAttribute("page", requests.page(action,
                ListQuery.pageable(page, size, null, null, Map.of("time", "requested_at"), "time")));
        model.addAttribute("links", PageLinks.of(request, "/privacy/requests"));
        model.addAttribute("action", action);
        model.addAttribute("actions", PrivacyAction.values());
        return "privacy/requests";
    }

    @GetMapping("/privacy/retention")
    @PreAuthorize("hasRole('COORDINATOR')")
    String retention(Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate endOfNextMonth = today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        List<RetentionDue> schedule = rules.schedule();
        model.addAttribute("today", today);
        model.addAttribute("until", endOfNextMonth);
        model.addAttribute("coming", schedule.stream().filter(d -> !d.anonymiseOn().isAfter(endOfNextMonth)).toList());
        model.addAttribute("later", schedule.stream().filter(d -> d.anonymiseOn().isAfter(endOfNextMonth)).toList());
        model.addAttribute("pending", retention.pendingBy(endOfNextMonth));
        addRules(model);
        return "privacy/retention";
    }
}
