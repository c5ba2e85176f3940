package fr.capmob.portal.consortium.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.KeyAction;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.consortium.ProjectFilter;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.consortium.ProjectStatus;
import fr.capmob.portal.consortium.ProjectWithSchools;
import fr.capmob.portal.consortium.RegistryRuleException;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Projects (grant agreements): list, detail, create/edit, member schools, delete. Changes: coordinators only. */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private final ProjectService projects;
    private final SchoolDirectory directory;

    ProjectController(ProjectService projects, SchoolDirectory directory) {
        this.projects = projects;
        this.directory = directory;
    }

    @InitBinder("projectForm")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalCommaEditor());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q,
                @RequestParam(required = false) ProgrammeGeneration generation,
                @RequestParam(required = false) KeyAction action,
                @RequestParam(required = false) ProjectStatus status,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long school,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        ProjectFilter filter = new ProjectFilter(q, generation, action, status, year, school);
        model.addAttribute("filter", filter);
        model.addAttribute("page", projects.list(filter,
                ListQuery.pageable(page, size, sort, dir, ProjectFilter.SORT_KEYS, "number"), user));
        model.addAttribute("links", PageLinks.of(request, "/projects"));
        model.addAttribute("generations", ProgrammeGeneration.values());
        model.addAttribute("actions", KeyAction.values());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("years", projects.callYears());
        model.addAttribute("schoolLabel", directory.labelOf(school));
        return HtmxRequests.view(request, "projects/list", "results");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page,
                  @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        // member schools a page at a time; one form (a school type-ahead) adds more, one removes
        ProjectWithSchools shown = projects.withMemberSchools(id, page == null ? 0 : page, user);
        model.addAttribute("project", shown.project());
        model.addAttribute("schools", shown.schools());
        model.addAttribute("schoolLinks", PageLinks.of(request, "/projects/" + id));
        return "projects/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newForm(Model model) {
        model.addAttribute("projectForm", ProjectForm.blank());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = projects.create(form.toCommand());
            redirect.addFlashAttribute("success", "project.created");
            redirect.addFlashAttribute("successArgs", form.getNumber().trim());
            return "redirect:/projects/" + id;
        } catch (RegistryRuleException e) {
            RuleErrors.addTo(result, e.violations(), field -> field);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("projectForm", ProjectForm.from(projects.get(id, user)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@PathVariable long id, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        ProjectForm stored = ProjectForm.from(projects.get(id, user));
        if (form.getVersion() == null) {
            form.setVersion(stored.getVersion());
        }
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            projects.update(id, form.getVersion(), form.toCommand());
            redirect.addFlashAttribute("success", "project.updated");
            redirect.addFlashAttribute("successArgs", form.getNumber().trim());
            return "redirect:/projects/" + id;
        } catch (ConcurrentEditException conflict) {
            ConflictPage.show(model, response, conflict, form, stored, "project.field.");
            form.setVersion(conflict.currentVersion());
            return form(model, id);
        } catch (RegistryRuleException e) {
            RuleErrors.addTo(result, e.violations(), field -> field);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/schools")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addSchools(@PathVariable long id, @RequestParam(required = false) List<Long> schoolIds,
                      RedirectAttributes redirect) {
        try {
            int added = projects.addSchools(id, schoolIds == null ? List.of() : schoolIds);
            redirect.addFlashAttribute("success", "project.schools.added");
            redirect.addFlashAttribute("successArgs", String.valueOf(added));
        } catch (RegistryRuleException e) {
            redirect.addFlashAttribute("warning", e.violations().get(0).messageKey());
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/schools/{schoolId}/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeSchool(@PathVariable long id, @PathVariable long schoolId, RedirectAttributes redirect) {
        try {
            projects.removeSchool(id, schoolId);
            redirect.addFlashAttribute("success", "project.schools.removed");
        } catch (DependentRecordsException e) {
            redirect.addFlashAttribute("dependants", e.dependants());
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            projects.delete(id);
            redirect.addFlashAttribute("success", "project.deleted");
            return "redirect:/projects";
        } catch (DependentRecordsException e) {
            redirect.addFlashAttribute("dependants", e.dependants());
            return "redirect:/projects/" + id;
        }
    }

    private String form(Model model, Long projectId) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("generations", ProgrammeGeneration.values());
        model.addAttribute("actions", KeyAction.values());
        model.addAttribute("statuses", ProjectStatus.values());
        return "projects/form";
    }
}
