package fr.capmob.portal.consortium.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.account.SchoolDirectory.SchoolOption;
import fr.capmob.portal.consortium.MemberSchool;
import fr.capmob.portal.consortium.PairDetails;
import fr.capmob.portal.consortium.PairFilter;
import fr.capmob.portal.consortium.PairingService;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.consortium.RegistryRuleException;
import fr.capmob.portal.consortium.RuleViolation;
import fr.capmob.portal.consortium.SchoolChoices;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.FormChanges;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tutoring pairs and trios: list, detail, create/edit, delete. Changes: coordinators only. */
@Controller
@RequestMapping("/pairings")
class PairingController {

    static final Map<String, String> SORT_KEYS = Map.of("project", "projectId", "created", "createdAt");

    private final PairingService pairings;
    private final ProjectService projects;
    private final SchoolChoices schools;
    private final SchoolDirectory directory;
    private final MessageSource messages;

    PairingController(PairingService pairings, ProjectService projects, SchoolChoices schools, SchoolDirectory directory,
                      MessageSource messages) {
        this.pairings = pairings;
        this.projects = projects;
        this.schools = schools;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long project, @RequestParam(required = false) Long school,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        PairFilter filter = new PairFilter(project, school);
        model.addAttribute("filter", filter);
        model.addAttribute("page", pairings.list(filter, ListQuery.pageable(page, size, sort, dir, SORT_KEYS, "project"), user));
        model.addAttribute("links", PageLinks.of(request, "/pairings"));
        model.addAttribute("projects", projects.options(user));
        model.addAttribute("schoolLabel", directory.labelOf(school));
        return HtmxRequests.view(request, "pairings/list", "results");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        PairDetails details = pairings.get(id, user);
        model.addAttribute("details", details);
        model.addAttribute("warnings", texts(details.warnings(), locale));
        return "pairings/detail";
    }

    /** The form; {@code ?projectId=} picks the project first, then its member schools are offered. */
    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newForm(@RequestParam(required = false) Long projectId, @AuthenticationPrincipal CurrentUser user,
                   Model model, HttpServletRequest request) {
        PairingForm form = new PairingForm();
        form.setProjectId(projectId);
        model.addAttribute("pairingForm", form);
        form(model, null, user);
        return HtmxRequests.view(request, "pairings/form", "pairForm");
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@ModelAttribute("pairingForm") PairingForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null, user);
        }
        try {
            long id = pairings.create(form.toCommand());
            redirect.addFlashAttribute("success", "pairing.created");
            return "redirect:/pairings/" + id;
        } catch (RegistryRuleException e) {
            RuleErrors.addTo(result, e.violations(), PairingController::formField);
            return form(model, null, user);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("pairingForm", PairingForm.from(pairings.get(id, user)));
        return form(model, id, user);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@PathVariable long id, @ModelAttribute("pairingForm") PairingForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PairDetails stored = pairings.get(id, user);
        form.setProjectId(stored.pair().project().id());
        if (form.getVersion() == null) {
            form.setVersion(stored.version());
        }
        if (result.hasErrors()) {
            return form(model, id, user);
        }
        try {
            pairings.update(id, form.getVersion(), form.toCommand());
            redirect.addFlashAttribute("success", "pairing.updated");
            return "redirect:/pairings/" + id;
        } catch (ConcurrentEditException conflict) {
            // the stored schools are shown by their names, and the tutored ones compared as a set
            ConflictPage.show(model, response, conflict, changes(form, stored), "pairing.field.");
            form.setVersion(conflict.currentVersion());
            return form(model, id, user);
        } catch (RegistryRuleException e) {
            RuleErrors.addTo(result, e.violations(), PairingController::formField);
            return form(model, id, user);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        pairings.delete(id);
        redirect.addFlashAttribute("success", "pairing.deleted");
        return "redirect:/pairings";
    }

    private String form(Model model, Long pairId, CurrentUser user) {
        PairingForm form = (PairingForm) model.getAttribute("pairingForm");
        model.addAttribute("pairId", pairId);
        model.addAttribute("projects", projects.options(user));
        model.addAttribute("hasSchools", form.getProjectId() != null && schools.hasMembers(form.getProjectId(), user));
        // the chosen schools are shown again by their labels; the pickers offer the project's members
        Map<Long, String> labels = schools.schools(Arrays.asList(form.getTutorSchoolId(),
                        form.getFirstTutoredSchoolId(), form.getSecondTutoredSchoolId())).stream()
                .map(school -> SchoolPickerController.withExperience(school, messages, LocaleContextHolder.getLocale()))
                .collect(Collectors.toMap(SchoolOption::id, SchoolOption::label));
        model.addAttribute("tutorLabel", labels.get(form.getTutorSchoolId()));
        model.addAttribute("firstTutoredLabel", labels.get(form.getFirstTutoredSchoolId()));
        model.addAttribute("secondTutoredLabel", labels.get(form.getSecondTutoredSchoolId()));
        return "pairings/form";
    }

    /** What another coordinator changed meanwhile, with school names rather than ids. */
    private static List<FormChanges.Change> changes(PairingForm submitted, PairDetails stored) {
        PairingForm storedForm = PairingForm.from(stored);
        List<FormChanges.Change> changes = new ArrayList<>();
        if (!submitted.sameTutorAs(storedForm)) {
            changes.add(new FormChanges.Change("tutorSchoolId", stored.pair().tutor().name()));
        }
        if (!submitted.tutoredSet().equals(storedForm.tutoredSet())) {
            changes.add(new FormChanges.Change("tutoredSchoolIds", stored.pair().tutored().stream()
                    .map(MemberSchool::name).collect(Collectors.joining(", "))));
        }
        return changes;
    }

    private static String formField(String ruleField) {
        return "tutoredSchoolIds".equals(ruleField) ? "firstTutoredSchoolId" : ruleField;
    }

    private List<String> texts(List<RuleViolation> violations, Locale locale) {
        return violations.stream()
                .map(v -> messages.getMessage(v.messageKey(), v.args().toArray(), locale))
                .toList();
    }

}
