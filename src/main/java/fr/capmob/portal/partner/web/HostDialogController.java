package fr.capmob.portal.partner.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.partner.DuplicateHostException;
import fr.capmob.portal.partner.HostDirectory;
import fr.capmob.portal.partner.HostRuleException;
import fr.capmob.portal.partner.OrganisationType;
import fr.capmob.portal.web.ControlCharacters;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A new host created from another form without leaving it (the mobility form's dialog, htmx): the directory's short
 * form (name, type, city, OID, contact e-mail) with the same validation and duplicate check as /hosts/new. On success
 * the answer names the new host so the page's script puts it in the host picker; the rest of the record is completed
 * later on the host's page.
 */
@Controller
class HostDialogController {

    private final HostDirectory directory;
    private final Gazetteer gazetteer;

    HostDialogController(HostDirectory directory, Gazetteer gazetteer) {
        this.directory = directory;
        this.gazetteer = gazetteer;
    }

    @InitBinder("hostForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/hosts/dialog")
    String form(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        requireCreator(user);
        return form(new HostForm(), model, locale);
    }

    @PostMapping("/hosts/dialog")
    String create(@Valid @ModelAttribute("hostForm") HostForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        requireCreator(user);
        if (binding.hasErrors()) {
            return form(form, model, locale);
        }
        try {
            long id = directory.create(form.toCommand(), form.isDuplicateConfirmed(), user);
            model.addAttribute("hostId", id);
            model.addAttribute("hostLabel", form.getLegalName() + " — " + cityName(form.getCityId()));
            return "hosts/dialog :: created";
        } catch (DuplicateHostException duplicate) {
            model.addAttribute("duplicates", duplicate.existing());
            return form(form, model, locale);
        } catch (HostRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, model, locale);
        }
    }

    private String form(HostForm form, Model model, Locale locale) {
        model.addAttribute("hostForm", form);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("cityLabel", form.getCityId() == null ? ""
                : gazetteer.find(form.getCityId()).map(city -> city.label(locale)).orElse(""));
        return "hosts/dialog :: form";
    }

    private String cityName(int cityId) {
        return gazetteer.find(cityId).map(City::name).orElse("");
    }

    private static void requireCreator(CurrentUser user) {
        if (!HostDirectory.mayCreate(user)) {
            throw new AccessDeniedException("read-only role");
        }
    }
}
