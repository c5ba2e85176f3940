package fr.capmob.portal.consortium.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.Experience;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.consortium.SchoolDetails;
import fr.capmob.portal.consortium.SchoolFilter;
import fr.capmob.portal.consortium.SchoolRuleException;
import fr.capmob.portal.consortium.SchoolService;
import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.FormChanges;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schools of the registry: list, detail, create/edit form, delete. */
@Controller
@RequestMapping("/schools")
class SchoolController {

    private static final String FORM = "schools/form";

    private final SchoolService schools;
    private final SpringValidatorAdapter validator;
    private final Gazetteer gazetteer;

    SchoolController(SchoolService schools, Validator validator, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.schools = schools;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String experience,
                @RequestParam(required = false) String level,
                @RequestParam(required = false) String field,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                HttpServletRequest request, Model model) {
        // unknown filter values are ignored rather than answered with an error page
        SchoolFilter filter = new SchoolFilter(q, enumOrNull(Experience.class, experience),
                enumOrNull(QualificationLevel.class, level), enumOrNull(VocationalField.class, field));
        model.addAttribute("filter", filter);
        model.addAttribute("page", schools.list(user, filter, SchoolService.pageable(page, size, sort, dir)));
        model.addAttribute("links", PageLinks.of(request, "/schools"));
        addChoices(model);
        return HtmxRequests.view(request, "schools/list", "results");
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newForm(Model model) {
        model.addAttribute("schoolForm", new SchoolForm());
        return showForm(model, null, true);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("schoolForm") SchoolForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        validator.validate(form, binding);
        if (!binding.hasErrors()) {
            try {
                long id = schools.create(user, form.toData());
                redirect.addFlashAttribute("success", "school.created");
                redirect.addFlashAttribute("successArgs", form.getName());
                return "redirect:/schools/" + id;
            } catch (SchoolRuleException e) {
                binding.rejectValue(e.field(), e.messageKey());
            }
        }
        return showForm(model, null, true);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SchoolDetails school = schools.details(user, id);
        model.addAttribute("school", school);
        model.addAttribute("mayEdit", SchoolService.mayEdit(user, id));
        return "schools/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SchoolDetails school = schools.details(user, id);
        if (!SchoolService.mayEdit(user, id)) {
            throw new AccessDeniedException("may not edit this school");
        }
        model.addAttribute("schoolForm", SchoolForm.from(school));
        return showForm(model, school, SchoolService.mayEditRegistry(user));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @ModelAttribute("schoolForm") SchoolForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        SchoolDetails stored = schools.details(user, id);
        boolean registryEditable = SchoolService.mayEditRegistry(user);
        if (!registryEditable) {
            form.keepRegistryOf(stored);
        }
        validator.validate(form, binding);
        if (binding.hasErrors()) {
            return showForm(model, stored, registryEditable);
        }
        try {
            schools.update(user, id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("success", "school.saved");
            redirect.addFlashAttribute("successArgs", form.getName());
            return "redirect:/schools/" + id;
        } catch (SchoolRuleException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return showForm(model, stored, registryEditable);
        } catch (ConcurrentEditException e) {
            SchoolDetails current = schools.details(user, id);
            // the stored city is shown by its name, not its gazetteer id
            List<FormChanges.Change> changes = FormChanges.between(form, SchoolForm.from(current)).stream()
                    .map(change -> change.field().equals("cityId") && change.storedValue() != null
                            ? new FormChanges.Change("cityId", cityLabel((Integer) change.storedValue())) : change)
                    .toList();
            ConflictPage.show(model, response, e, changes, "school.field.");
            form.setVersion(e.currentVersion());
            return showForm(model, current, registryEditable);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        String name = schools.details(user, id).name();
        try {
            schools.delete(user, id);
        } catch (DependentRecordsException e) {
            redirect.addFlashAttribute("dependants", e.dependants());
            return "redirect:/schools/" + id;
        }
        redirect.addFlashAttribute("success", "school.deleted");
        redirect.addFlashAttribute("successArgs", name);
        return "redirect:/schools";
    }

    private String showForm(Model model, SchoolDetails stored, boolean registryEditable) {
        Integer cityId = model.getAttribute("schoolForm") instanceof SchoolForm form ? form.getCityId() : null;
        model.addAttribute("cityLabel", cityId == null ? "" : cityLabel(cityId));
        model.addAttribute("stored", stored);
        model.addAttribute("registryEditable", registryEditable);
        addChoices(model);
        return FORM;
    }

    private String cityLabel(int cityId) {
        return gazetteer.find(cityId).map(city -> city.label(LocaleContextHolder.getLocale())).orElse("");
    }

    private static void addChoices(Model model) {
        model.addAttribute("experiences", Experience.values());
        model.addAttribute("levels", QualificationLevel.values());
        model.addAttribute("vocationalFields", VocationalField.values());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
