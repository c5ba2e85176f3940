package fr.capmob.portal.participant.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.participant.DuplicateParticipantException;
import fr.capmob.portal.participant.Gender;
import fr.capmob.portal.participant.ParticipantRuleException;
import fr.capmob.portal.participant.StudentDetails;
import fr.capmob.portal.participant.StudentFilter;
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
import java.util.Locale;
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

/** The students of the schools: list, detail, one create/edit form. */
@Controller
class StudentController {

    private static final String MANAGERS = "hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')";

    private final StudentService students;
    private final SchoolDirectory schools;

    StudentController(StudentService students, SchoolDirectory schools) {
        this.students = students;
        this.schools = schools;
    }

    @InitBinder("studentForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/students")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) String className, @RequestParam(required = false) QualificationLevel level,
                @RequestParam(required = false) String specialty, @RequestParam(required = false) Boolean minor,
                @RequestParam(required = false) Boolean fewerOpportunities,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, sort, dir, StudentService.SORT_KEYS, "name");
        var filter = new StudentFilter(name, schoolId, className, level, specialty, minor, fewerOpportunities);
        model.addAttribute("students", students.search(filter, pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/students"));
        model.addAttribute("mayManage", StudentService.mayManage(user));
        model.addAttribute("showSchool", user.seesWholeConsortium());
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("classes", students.classes(user, schoolId));
            model.addAttribute("levels", QualificationLevel.values());
        }
        return HtmxRequests.view(request, "students/list", "results");
    }

    @GetMapping("/students/new")
    @PreAuthorize(MANAGERS)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return form(new StudentForm(), null, user, model, locale);
    }

    @PostMapping("/students")
    @PreAuthorize(MANAGERS)
    String create(@Valid @ModelAttribute("studentForm") StudentForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        fixSchool(form, user);
        requireSchoolChoice(form.getSchoolId(), user, binding);
        if (binding.hasErrors()) {
            return form(form, null, user, model, locale);
        }
        try {
            long id = students.create(form.toCommand(), user);
            redirect.addFlashAttribute("success", "student.created");
            return "redirect:/students/" + id;
        } catch (DuplicateParticipantException duplicate) {
            model.addAttribute("duplicate", duplicate);
            return form(form, null, user, model, locale);
        } catch (ParticipantRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, null, user, model, locale);
        }
    }

    @GetMapping("/students/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        StudentDetails student = students.get(id, user);
        model.addAttribute("student", student);
        model.addAttribute("minor", student.isMinorOn(students.today()));
        return "students/detail";
    }

    @GetMapping("/students/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        long version = students.versionOf(id, user);
        return form(StudentForm.from(students.commandOf(id, user), version), students.get(id, user), user, model, locale);
    }

    @PostMapping("/students/{id}")
    @PreAuthorize(MANAGERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("studentForm") StudentForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        students.versionOf(id, user); // 404 outside the user's school, before anything else
        StudentDetails existing = students.get(id, user);
        if (!user.isCoordinator()) {
            form.setSchoolId(existing.schoolId());
        }
        requireSchoolChoice(form.getSchoolId(), user, binding);
        if (binding.hasErrors()) {
            return form(form, existing, user, model, locale);
        }
        try {
            students.update(id, form.getVersion(), form.toCommand(), user);
            redirect.addFlashAttribute("success", "student.saved");
            return "redirect:/students/" + id;
        } catch (ConcurrentEditException conflict) {
            StudentForm stored = StudentForm.from(students.commandOf(id, user), conflict.currentVersion());
            ConflictPage.show(model, response, conflict, form, stored, "student.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, existing, user, model, locale);
        } catch (DuplicateParticipantException duplicate) {
            model.addAttribute("duplicate", duplicate);
            return form(form, existing, user, model, locale);
        } catch (ParticipantRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey());
            return form(form, existing, user, model, locale);
        }
    }

    @PostMapping("/students/{id}/delete")
    @PreAuthorize(MANAGERS)
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            students.delete(id, user);
            redirect.addFlashAttribute("success", "student.deleted");
            return "redirect:/students";
        } catch (DependentRecordsException refused) {
            redirect.addFlashAttribute("dependants", refused.dependants());
            return "redirect:/students/" + id;
        }
    }

    private static void fixSchool(StudentForm form, CurrentUser user) {
        if (!user.isCoordinator()) {
            form.setSchoolId(user.schoolId());
        }
    }

    private String form(StudentForm form, StudentDetails existing, CurrentUser user, Model model, Locale locale) {
        fixSchool(form, user);
        model.addAttribute("studentForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("chooseSchool", user.isCoordinator());
        model.addAttribute("schoolLabel", user.isCoordinator() ? schools.labelOf(form.getSchoolId()) : null);
        model.addAttribute("fixedSchoolName", user.isCoordinator() || user.schoolId() == null ? null
                : schools.namesOf(List.of(user.schoolId())).get(user.schoolId()));
        model.addAttribute("countryOptions", SelectOptions.html(Countries.all(locale), form.getNationality()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("levels", QualificationLevel.values());
        return "students/form";
    }

    /** Coordinators choose the school; a referent's is fixed. */
    private static void requireSchoolChoice(Long schoolId, CurrentUser user, BindingResult binding) {
        if (user.isCoordinator() && schoolId == null) {
            binding.rejectValue("schoolId", "participant.school.required");
        }
    }
}
