package fr.capmob.portal.partner.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.partner.DuplicateHostException;
import fr.capmob.portal.partner.HostDetails;
import fr.capmob.portal.partner.HostDirectory;
import fr.capmob.portal.partner.HostFilter;
import fr.capmob.portal.partner.HostRuleException;
import fr.capmob.portal.partner.OrganisationType;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import fr.capmob.portal.web.ControlCharacters;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The host-organisation directory: list, detail, one create/edit form with the duplicate check. */
@Controller
class HostController {

    private final HostDirectory directory;
    private final Gazetteer gazetteer;

    HostController(HostDirectory directory, Gazetteer gazetteer) {
        this.directory = directory;
        this.gazetteer = gazetteer;
    }

    @InitBinder("hostForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/hosts")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String country,
                @RequestParam(required = false) VocationalField sector, @RequestParam(required = false) OrganisationType type,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model, Locale locale) {
        var pageable = ListQuery.pageable(page, size, sort, dir, HostDirectory.SORT_KEYS, "name");
        model.addAttribute("hosts", directory.search(new HostFilter(name, country, null, sector, type), pageable));
        model.addAttribute("links", PageLinks.of(request, "/hosts"));
        model.addAttribute("countries", countryNames(locale));
        model.addAttribute("mayCreate", HostDirectory.mayCreate(user));
        return HtmxRequests.view(request, "hosts/list", "results");
    }

    @GetMapping("/hosts/new")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        requireCreator(user);
        return form(new HostForm(), null, model, locale);
    }

    @PostMapping("/hosts")
    String create(@Valid @ModelAttribute("hostForm") HostForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        requireCreator(user);
        if (binding.hasErrors()) {
            return form(form, null, model, locale);
        }
        try {
            long id = directory.create(form.toCommand(), form.isDuplicateConfirmed(), user);
            redirect.addFlashAttribute("success", "host.created");
            return "redirect:/hosts/" + id;
        } catch (DuplicateHostException duplicate) {
            model.addAttribute("duplicates", duplicate.existing());
            return form(form, null, model, locale);
        } catch (HostRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, null, model, locale);
        }
    }

    @GetMapping("/hosts/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("host", directory.get(id, user));
        return "hosts/detail";
    }

    @GetMapping("/hosts/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        HostDetails host = requireEditable(id, user);
        return form(HostForm.from(directory.commandOf(id), host.version()), host, model, locale);
    }

    @PostMapping("/hosts/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("hostForm") HostForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        HostDetails host = requireEditable(id, user);
        if (binding.hasErrors()) {
            return form(form, host, model, locale);
        }
        try {
            directory.update(id, form.getVersion(), form.toCommand(), form.isDuplicateConfirmed(), user);
            redirect.addFlashAttribute("success", "host.saved");
            return "redirect:/hosts/" + id;
        } catch (ConcurrentEditException conflict) {
            HostForm stored = HostForm.from(directory.commandOf(id), conflict.currentVersion());
            stored.setDuplicateConfirmed(form.isDuplicateConfirmed());
            ConflictPage.show(model, response, conflict, form, stored, "host.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, host, model, locale);
        } catch (DuplicateHostException duplicate) {
            model.addAttribute("duplicates", duplicate.existing());
            return form(form, host, model, locale);
        } catch (HostRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, host, model, locale);
        }
    }

    @PostMapping("/hosts/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            directory.delete(id, user);
            redirect.addFlashAttribute("success", "host.deleted");
            return "redirect:/hosts";
        } catch (DependentRecordsException refused) {
            redirect.addFlashAttribute("dependants", refused.dependants());
            return "redirect:/hosts/" + id;
        }
    }

    private String form(HostForm form, HostDetails existing, Model model, Locale locale) {
        model.addAttribute("hostForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("fields", VocationalField.values());
        Map<Long, String> intermediaries = new LinkedHashMap<>(directory.intermediaries());
        if (existing != null) {
            intermediaries.remove(existing.id());
        }
        model.addAttribute("intermediaries", intermediaries);
        model.addAttribute("cityLabel", form.getCityId() == null ? ""
                : gazetteer.find(form.getCityId()).map(city -> city.label(locale)).orElse(""));
        return "hosts/form";
    }

    /** The gazetteer's countries (where a host can be), named and sorted in the user's language. */
    private Map<String, String> countryNames(Locale locale) {
        java.util.Set<String> inGazetteer = java.util.Set.copyOf(gazetteer.countries());
        Map<String, String> names = new LinkedHashMap<>();
        Countries.all(locale).forEach((code, name) -> {
            if (inGazetteer.contains(code)) {
                names.put(code, name);
            }
        });
        return names;
    }

    private static void requireCreator(CurrentUser user) {
        if (!HostDirectory.mayCreate(user)) {
            throw new org.springframework.security.access.AccessDeniedException("read-only role");
        }
    }

    private HostDetails requireEditable(long id, CurrentUser user) {
        HostDetails host = directory.get(id, user);
        if (!host.editable()) {
            throw new org.springframework.security.access.AccessDeniedException("not the creating school");
        }
        return host;
    }
}
