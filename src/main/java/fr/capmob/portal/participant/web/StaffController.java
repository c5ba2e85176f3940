package fr.capmob.portal.participant.web;

import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.participant.Gender;
import org.springframework.context.i18n.LocaleContextHolder;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.participant.DuplicateParticipantException;
import fr.capmob.portal.participant.LanguageSkills;
import fr.capmob.portal.participant.ParticipantRuleException;
import fr.capmob.portal.participant.StaffDetails;
import fr.capmob.portal.participant.StaffFilter;
import fr.capmob.portal.participant.StaffRole;
import fr.capmob.portal.participant.StaffService;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.SelectOptions;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff members of the schools: list, detail, one create/edit form. */
@Controller
class StaffController {

    private static final String MANAGERS = "hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')";

    private final StaffService staff;
    private final SchoolDirectory schools;

    StaffController(StaffService staff, SchoolDirectory schools) {
        this.staff = staff;
        this.schools = schools;
    }

    @InitBinder("staffForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/staff")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) StaffRole role, @RequestParam(required = false) Boolean clil,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, sort, dir, StaffService.SORT_KEYS, "name");
        model.addAttribute("staff", staff.search(new StaffFilter(name, schoolId, role, clil), pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/staff"));
        model.addAttribute("mayManage", StudentService.mayManage(user));
        model.addAttribute("showSchool", user.seesWholeConsortium());
        model.addAttribute("schoolLabel", user.seesWholeConsortium() && !HtmxRequests.isHtmx(request) ? schools.labelOf(schoolId) : null);
        model.addAttribute("schoolId", schoolId);
        model.addAttribute("roles", StaffRole.values());
        return HtmxRequests.view(request, "staff/list", "results");
    }

    @GetMapping("/staff/new")
    @PreAuthorize(MANAGERS)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(new StaffForm(), null, user, model);
    }

    @PostMapping("/staff")
    @PreAuthorize(MANAGERS)
    String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        checkLanguages(form, binding);
        requireSchoolChoice(form.getSchoolId(), user, binding);
        if (binding.hasErrors()) {
            return form(form, null, user, model);
        }
        try {
            long id = staff.create(form.toCommand(), user);
            redirect.addFlashAttribute("success", "staff.created");
            return "redirect:/staff/" + id;
        } catch (DuplicateParticipantException duplicate) {
            model.addAttribute("duplicate", duplicate);
            return form(form, null, user, model);
        } catch (ParticipantRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, null, user, model);
        }
    }

    @GetMapping("/staff/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("member", staff.get(id, user));
        return "staff/detail";
    }

    @GetMapping("/staff/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        long version = staff.versionOf(id, user);
        return form(StaffForm.from(staff.commandOf(id, user), version), staff.get(id, user), user, model);
    }

    @PostMapping("/staff/{id}")
    @PreAuthorize(MANAGERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        staff.versionOf(id, user); // 404 outside the user's school, before anything else
        StaffDetails existing = staff.get(id, user);
        if (!user.isCoordinator()) {
            form.setSchoolId(existing.schoolId());
        }
        checkLanguages(form, binding);
        requireSchoolChoice(form.getSchoolId(), user, binding);
        if (binding.hasErrors()) {
            return form(form, existing, user, model);
        }
        try {
            staff.update(id, form.getVersion(), form.toCommand(), user);
            redirect.addFlashAttribute("success", "staff.saved");
            return "redirect:/staff/" + id;
        } catch (ConcurrentEditException conflict) {
            StaffForm stored = StaffForm.from(staff.commandOf(id, user), conflict.currentVersion());
            ConflictPage.show(model, response, conflict, form, stored, "staff.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, existing, user, model);
        } catch (DuplicateParticipantException duplicate) {
            model.addAttribute("duplicate", duplicate);
            return form(form, existing, user, model);
        } catch (ParticipantRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, existing, user, model);
        }
    }

    @PostMapping("/staff/{id}/delete")
    @PreAuthorize(MANAGERS)
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            staff.delete(id, user);
            redirect.addFlashAttribute("success", "staff.deleted");
            return "redirect:/staff";
        } catch (DependentRecordsException refused) {
            redirect.addFlashAttribute("dependants", refused.dependants());
            return "redirect:/staff/" + id;
        }
    }

    private static void checkLanguages(StaffForm form, BindingResult binding) {
        if (!binding.hasFieldErrors("languages") && !LanguageSkills.isValid(form.getLanguages())) {
            binding.rejectValue("languages", "staff.languages.invalid");
        }
    }

    private String form(StaffForm form, StaffDetails existing, CurrentUser user, Model model) {
        if (!user.isCoordinator()) {
            form.setSchoolId(existing != null ? existing.schoolId() : user.schoolId());
        }
        model.addAttribute("staffForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("chooseSchool", user.isCoordinator());
        model.addAttribute("schoolLabel", user.isCoordinator() ? schools.labelOf(form.getSchoolId()) : null);
        model.addAttribute("fixedSchoolName", user.isCoordinator() || user.schoolId() == null ? null
                : schools.namesOf(List.of(user.schoolId())).get(user.schoolId()));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("countryOptions",
                SelectOptions.html(Countries.all(LocaleContextHolder.getLocale()), form.getNationality()));
        return "staff/form";
    }

    /** Coordinators choose the school; a referent's is fixed. */
    private static void requireSchoolChoice(Long schoolId, CurrentUser user, BindingResult binding) {
        if (user.isCoordinator() && schoolId == null) {
            binding.rejectValue("schoolId", "participant.school.required");
        }
    }
}
