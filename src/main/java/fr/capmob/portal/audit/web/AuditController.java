package fr.capmob.portal.audit.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.audit.AuditEntry;
import fr.capmob.portal.audit.AuditTrail;
import fr.capmob.portal.audit.AuditedRecord;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The history of one record (a section of the record's page, loaded with htmx, or a page of its own) and the
 * consortium-wide audit search (coordinators).
 */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit/history/{record}/{id}")
    String history(@PathVariable String record, @PathVariable long id, @RequestParam(required = false) Integer page,
                   @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        AuditedRecord kind = AuditedRecord.ofSlug(record).orElseThrow(() -> new NotFoundException("audited record", id));
        Page<AuditEntry> entries = trail.history(kind, id, pageable(page), user);
        model.addAttribute("entries", entries);
        model.addAttribute("record", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("path", "/audit/history/" + kind.slug() + "/" + id);
        return HtmxRequests.view(request, "audit/history", "entries");
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String search(@Valid @ModelAttribute("filter") AuditSearchForm filter, BindingResult binding,
                  @RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
                  HttpServletRequest request, Model model) {
        Page<AuditEntry> entries = binding.hasErrors() ? Page.empty(pageable(0))
                : trail.search(filter.toFilter(), pageable(page), user);
        model.addAttribute("entries", entries);
        model.addAttribute("records", AuditedRecord.values());
        model.addAttribute("links", PageLinks.of(request, "/audit"));
        return HtmxRequests.view(request, "audit/search", "results");
    }

    private static Pageable pageable(Integer page) {
        return PageRequest.of(page == null || page < 0 ? 0 : page, AuditTrail.PAGE_SIZE);
    }
}
