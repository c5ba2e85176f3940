package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.MobilityAttention;
import fr.capmob.portal.mobility.MobilityDetails;
import fr.capmob.portal.mobility.MobilityPage;
import fr.capmob.portal.mobility.MobilityFilter;
import fr.capmob.portal.mobility.MobilityPickers;
import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityStatus;

import fr.capmob.portal.mobility.Transport;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import fr.capmob.portal.web.ControlCharacters;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Mobilities: list, detail with history and transition buttons, one create/edit form, transitions. */
@Controller
class MobilityController {

    static final String MANAGERS = "hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')";

    private final MobilityService mobilities;
    private final MobilityQueries queries;
    private final MobilityPickers pickers;
    private final SchoolDirectory schools;
    private final RuleMessages ruleMessages;
    private final MobilityPage pageSections;
    private final GrantTexts grantTexts;
    private final MobilityFormParts parts;

    MobilityController(MobilityService mobilities, MobilityQueries queries, MobilityPickers pickers, SchoolDirectory schools,
                       RuleMessages ruleMessages, MobilityPage pageSections, GrantTexts grantTexts,
                       MobilityFormParts parts) {
        this.parts = parts;
        this.pickers = pickers;
        this.pageSections = pageSections;
        this.grantTexts = grantTexts;
        this.mobilities = mobilities;
        this.queries = queries;
        this.schools = schools;
        this.ruleMessages = ruleMessages;
    }

    @InitBinder("mobilityForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/mobilities")
    String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) MobilityStatus status,
                @RequestParam(required = false) ActivityType activityType,
                @RequestParam(required = false) String country,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Boolean minor, @RequestParam(required = false) Boolean fewerOpportunities,
                @RequestParam(required = false) String search, @RequestParam(required = false) MobilityAttention attention,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, sort, dir, MobilityQueries.SORT_KEYS, "start");
        var filter = new MobilityFilter(projectId, schoolId, status, activityType, country, from, to, minor, fewerOpportunities,
                search, attention);
        model.addAttribute("mobilities", queries.search(filter, pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/mobilities"));
        model.addAttribute("mayCreate", MobilityService.mayCreate(user));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("projects", queries.projects(user));
            model.addAttribute("pickSchool", user.seesWholeConsortium());
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("schoolLabel", schoolId == null ? null : schools.namesOf(List.of(schoolId)).get(schoolId));
            model.addAttribute("statuses", MobilityStatus.values());
            model.addAttribute("activityTypes", ActivityType.values());
            model.addAttribute("attentions", MobilityAttention.values());
            model.addAttribute("countries", queries.countries(user));
        }
        return HtmxRequests.view(request, "mobilities/list", "results");
    }

    @GetMapping("/mobilities/new")
    @PreAuthorize(MANAGERS)
    String createForm(@RequestParam(required = false) Long studentId, @RequestParam(required = false) Long tripId,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(parts.prefilled(studentId, tripId, user), null, user, model);
    }

    @PostMapping("/mobilities")
    @PreAuthorize(MANAGERS)
    String create(@Valid @ModelAttribute("mobilityForm") MobilityForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        form.checkAmounts(binding);
        if (binding.hasErrors()) {
            parts.rejectAll(binding, mobilities.problems(form.toCommand(), null, user), form, locale);
            return form(form, null, user, model);
        }
        try {
            long id = parts.create(form, user);
            redirect.addFlashAttribute("success", "mobility.created");
            return "redirect:/mobilities/" + id;
        } catch (MobilityRuleException rule) {
            reject(binding, rule, form, locale);
            return form(form, null, user, model);
        }
    }

    @GetMapping("/mobilities/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        MobilityPage.Sections page = pageSections.of(id, user);
        model.addAttribute("mobility", page.mobility());
        model.addAttribute("grantView", page.grant());
        model.addAttribute("grantLines", grantTexts.lines(page.grant().grant(), locale));
        model.addAttribute("history", page.history());
        model.addAttribute("targets", page.targets());
        model.addAttribute("mayEdit", page.mayEdit());
        model.addAttribute("report", page.report());
        model.addAttribute("mayCreateReportLink", page.mayCreateReportLink());
        model.addAttribute("reportLink", page.reportLink());
        model.addAttribute("mayChangeTrip", page.trip().mayChange());
        model.addAttribute("tripOffers", page.trip().offers());
        model.addAttribute("minorPapers", page.trip().papers());
        model.addAttribute("mayRecordPapers", page.trip().mayRecordPapers());
        return "mobilities/detail";
    }

    @GetMapping("/mobilities/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
                    RedirectAttributes redirect) {
        MobilityDetails existing = mobilities.get(id, user);
        mobilities.requireManager(id, user);
        if (!mobilities.mayEdit(id, user)) {
            redirect.addFlashAttribute("warning", "mobility.edit.notInThisStatus");
            return "redirect:/mobilities/" + id;
        }
        return form(MobilityForm.from(mobilities.commandOf(id, user), existing.version()), existing, user, model);
    }

    @PostMapping("/mobilities/{id}")
    @PreAuthorize(MANAGERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("mobilityForm") MobilityForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        MobilityDetails existing = mobilities.get(id, user); // 404 outside the user's scope, before anything else
        mobilities.requireManager(id, user); // 403 for a tutoring partner, who reads only
        form.setProjectId(existing.projectId());
        form.checkAmounts(binding);
        if (binding.hasErrors()) {
            parts.rejectAll(binding, mobilities.problems(form.toCommand(), id, user), form, locale);
            return form(form, existing, user, model);
        }
        try {
            mobilities.update(id, form.getVersion(), form.toCommand(), user);
            redirect.addFlashAttribute("success", "mobility.saved");
            return "redirect:/mobilities/" + id;
        } catch (ConcurrentEditException conflict) {
            MobilityForm stored = MobilityForm.from(mobilities.commandOf(id, user), conflict.currentVersion());
            ConflictPage.show(model, response, conflict, form, stored, "mobility.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, existing, user, model);
        } catch (MobilityRuleException rule) {
            reject(binding, rule, form, locale);
            return form(form, existing, user, model);
        }
    }

    @PostMapping("/mobilities/{id}/transitions")
    @PreAuthorize(MANAGERS)
    String transition(@PathVariable long id, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String comment,
                      @RequestParam(defaultValue = "false") boolean forceMajeure,
                      @RequestParam(required = false) String returnTo,
                      @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        MobilityDetails mobility = mobilities.get(id, user);
        String back = "approvals".equals(returnTo) ? "redirect:/approvals" : "redirect:/mobilities/" + id;
        try {
            MobilityStatus target = parse(to);
            mobilities.transition(id, target, comment, forceMajeure, user);
            redirect.addFlashAttribute("success", "mobility.transition.done");
            redirect.addFlashAttribute("successArgs", mobility.reference() + " → " + ruleMessages.status(target, locale));
        } catch (MobilityRuleException rule) {
            redirect.addFlashAttribute("refusal", ruleMessages.text(rule, locale));
        }
        return back;
    }

    private static MobilityStatus parse(String to) {
        for (MobilityStatus status : MobilityStatus.values()) {
            if (status.name().equals(to)) {
                return status;
            }
        }
        return null;
    }

    private void reject(BindingResult binding, MobilityRuleException rule, MobilityForm form, Locale locale) {
        parts.rejectAll(binding, rule, form, locale);
    }

    private String form(MobilityForm form, MobilityDetails existing, CurrentUser user, Model model) {
        model.addAttribute("mobilityForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("projects", queries.projects(user));
        model.addAttribute("studentLabel", pickers.studentLabel(form.getStudentId(), user));
        model.addAttribute("staffLabel", pickers.staffLabel(form.getStaffId(), user));
        model.addAttribute("hostLabel", pickers.hostLabel(form.getHostId()));
        model.addAttribute("activityTypes", ActivityType.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("cityLabel", queries.cityLabel(form.getDestinationCityId()));
        model.addAttribute("departureLabel", queries.cityLabel(form.getDepartureCityId()));
        model.addAttribute("livePreview", existing == null || existing.status() == MobilityStatus.DRAFT);
        parts.addHint(form, existing == null, user, model);
        return "mobilities/form";
    }
}
