package fr.capmob.portal.privacy.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.privacy.ExportSections;
import fr.capmob.portal.privacy.PersonExport;
import fr.capmob.portal.privacy.PersonExports;
import fr.capmob.portal.privacy.PrivacyRuleException;
import fr.capmob.portal.privacy.PrivacyService;
import fr.capmob.portal.privacy.PrivacySubject;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person's data-protection page (coordinators only): what the portal holds, the exports (PDF, JSON), the
 * erasure of a participant who never travelled and the anonymisation, each behind a confirmation box.
 */
@Controller
@RequestMapping("/privacy/{subject:students|staff|users}/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class PersonPrivacyController {

    private final PersonExports exports;
    private final PrivacyService privacy;

    PersonPrivacyController(PersonExports exports, PrivacyService privacy) {
        this.exports = exports;
        this.privacy = privacy;
    }

    @GetMapping
    String page(@PathVariable String subject, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        return show(PrivacySubject.ofPath(subject), id, user, model);
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> json(@PathVariable String subject, @PathVariable long id,
                                @AuthenticationPrincipal CurrentUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeJson(PrivacySubject.ofPath(subject), id, user, out);
        return file(out, MediaType.APPLICATION_JSON, subject + "-" + id + ".json");
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String subject, @PathVariable long id,
                               @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writePdf(PrivacySubject.ofPath(subject), id, user, locale, out);
        return file(out, MediaType.APPLICATION_PDF, subject + "-" + id + ".pdf");
    }

    @PostMapping("/erase")
    String erase(@PathVariable String subject, @PathVariable long id, @RequestParam(required = false) Boolean confirm,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PrivacySubject who = PrivacySubject.ofPath(subject);
        if (!Boolean.TRUE.equals(confirm)) {
            model.addAttribute("eraseError", "privacy.confirm.required");
            return show(who, id, user, model);
        }
        try {
            privacy.erase(who, id, user);
        } catch (PrivacyRuleException e) {
            model.addAttribute("refusal", e.messageKey());
            return show(who, id, user, model);
        }
        redirect.addFlashAttribute("success", "privacy.erased");
        return "redirect:/privacy/requests";
    }

    @PostMapping("/anonymise")
    String anonymise(@PathVariable String subject, @PathVariable long id, @RequestParam(required = false) Boolean confirm,
                     @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PrivacySubject who = PrivacySubject.ofPath(subject);
        if (!Boolean.TRUE.equals(confirm)) {
            model.addAttribute("anonymiseError", "privacy.confirm.required");
            return show(who, id, user, model);
        }
        try {
            String code = privacy.anonymise(who, id, user);
            redirect.addFlashAttribute("success", "privacy.anonymised");
            redirect.addFlashAttribute("successArgs", code);
        } catch (PrivacyRuleException e) {
            model.addAttribute("refusal", e.messageKey());
            return show(who, id, user, model);
        }
        return "redirect:/privacy/" + who.path() + "/" + id;
    }

    private String show(PrivacySubject subject, long id, CurrentUser user, Model model) {
        PersonExport export = exports.read(subject, id, user);
        model.addAttribute("export", export);
        model.addAttribute("sections", ExportSections.of(export, LocaleContextHolder.getLocale()));
        model.addAttribute("travelled", privacy.hasTravelled(subject, id));
        return "privacy/person";
    }

    private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(out.toByteArray());
    }
}
