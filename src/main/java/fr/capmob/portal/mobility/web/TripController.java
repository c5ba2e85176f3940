package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.BulkResult;
import fr.capmob.portal.mobility.MobilityPickers;
import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityActor;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.MobilityTransitions;
import fr.capmob.portal.mobility.RatioSetting;
import fr.capmob.portal.mobility.Transport;
import fr.capmob.portal.mobility.TripDetails;
import fr.capmob.portal.mobility.TripService;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import fr.capmob.portal.web.ControlCharacters;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * Group trips: list, one create/edit form, the trip page with its participants, adding participants, bulk actions,
 * and the project's minors-per-escort setting (coordinators).
 */
@Controller
class TripController {

    private static final Set<MobilityStatus> BULK_TARGETS =
            Set.of(MobilityStatus.SUBMITTED, MobilityStatus.APPROVED, MobilityStatus.CONFIRMED, MobilityStatus.CANCELLED);

    private final TripService trips;
    private final MobilityQueries queries;
    private final MobilityPickers pickers;
    private final RuleMessages ruleMessages;
    private final MessageSource messages;

    TripController(TripService trips, MobilityQueries queries, MobilityPickers pickers, RuleMessages ruleMessages,
                   MessageSource messages) {
        this.pickers = pickers;
        this.trips = trips;
        this.queries = queries;
        this.ruleMessages = ruleMessages;
        this.messages = messages;
    }

    @InitBinder("tripForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/trips")
    String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user,
                HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, null, null, Map.of("start", "start_date"), "start");
        model.addAttribute("trips", trips.search(projectId, pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/trips"));
        model.addAttribute("mayCreate", MobilityService.mayCreate(user));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("projects", queries.projects(user));
        }
        return HtmxRequests.view(request, "trips/list", "results");
    }

    @GetMapping("/trips/new")
    @PreAuthorize(MobilityController.MANAGERS)
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        TripForm form = new TripForm();
        if (!user.isCoordinator() && user.schoolId() != null) {
            form.getSchoolIds().add(user.schoolId());
        }
        return form(form, null, user, model);
    }

    @PostMapping("/trips")
    @PreAuthorize(MobilityController.MANAGERS)
    String create(@Valid @ModelAttribute("tripForm") TripForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, null, user, model);
        }
        try {
            long id = trips.create(form.toCommand(), user);
            redirect.addFlashAttribute("success", "trip.created");
            return "redirect:/trips/" + id;
        } catch (MobilityRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey(), ruleMessages.args(rule, locale), null);
            return form(form, null, user, model);
        }
    }

    @GetMapping("/trips/{id}/edit")
    @PreAuthorize(MobilityController.MANAGERS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        TripDetails existing = trips.get(id, user); // 404 outside the user's scope
        return form(TripForm.from(trips.editable(id, user)), existing, user, model);
    }

    @PostMapping("/trips/{id}/edit")
    @PreAuthorize(MobilityController.MANAGERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("tripForm") TripForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        TripDetails existing = trips.get(id, user); // 404 outside the user's scope, before anything else
        if (!trips.mayEdit(id, user)) {
            throw new AccessDeniedException("not a manager of this trip");
        }
        form.setProjectId(existing.projectId());
        if (binding.hasErrors()) {
            return form(form, existing, user, model);
        }
        try {
            trips.update(id, form.getVersion(), form.toCommand(), user);
            redirect.addFlashAttribute("success", "trip.saved");
            return "redirect:/trips/" + id;
        } catch (ConcurrentEditException conflict) {
            ConflictPage.show(model, response, conflict, form, TripForm.from(trips.editable(id, user)), "trip.form.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, existing, user, model);
        } catch (MobilityRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey(), ruleMessages.args(rule, locale), null);
            return form(form, existing, user, model);
        }
    }

    @GetMapping("/trips/settings/{projectId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String ratioForm(@PathVariable long projectId, @RequestParam(required = false) Long tripId, Model model) {
        RatioSetting setting = trips.ratioSetting(projectId);
        return ratioPage(setting, RatioForm.from(setting), tripId, model);
    }

    @PostMapping("/trips/settings/{projectId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String saveRatio(@PathVariable long projectId, @RequestParam(required = false) Long tripId,
                     @Valid @ModelAttribute("ratioForm") RatioForm form, BindingResult binding,
                     @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                     RedirectAttributes redirect, HttpServletResponse response) {
        RatioSetting setting = trips.ratioSetting(projectId); // 404 for an unknown project
        if (binding.hasErrors()) {
            return ratioPage(setting, form, tripId, model);
        }
        try {
            trips.saveMinorsPerEscort(projectId, form.getVersion(), form.getMinorsPerEscort(), user);
        } catch (ConcurrentEditException conflict) {
            RatioSetting stored = trips.ratioSetting(projectId);
            ConflictPage.show(model, response, conflict, form, RatioForm.from(stored), "trip.ratio.field.");
            form.setVersion(conflict.currentVersion());
            return ratioPage(stored, form, tripId, model);
        } catch (MobilityRuleException rule) {
            binding.rejectValue(rule.field(), rule.messageKey(), ruleMessages.args(rule, locale), null);
            return ratioPage(setting, form, tripId, model);
        }
        redirect.addFlashAttribute("success", "trip.ratio.saved");
        return tripId == null ? "redirect:/trips?projectId=" + projectId : "redirect:/trips/" + tripId;
    }

    private String ratioPage(RatioSetting setting, RatioForm form, Long tripId, Model model) {
        model.addAttribute("setting", setting);
        model.addAttribute("ratioForm", form);
        model.addAttribute("tripId", tripId);
        return "trips/ratio";
    }

    @GetMapping("/trips/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        TripDetails trip = trips.get(id, user);
        model.addAttribute("trip", trip);
        model.addAttribute("warnings", trip.warnings().stream()
                .map(w -> ruleMessages.text(w.messageKey(), w.args().toArray(), locale)).toList());
        model.addAttribute("eligibleStudents", trips.eligibleStudents(id, user));
        model.addAttribute("eligibleStaff", trips.eligibleStaff(id, user));
        model.addAttribute("learnerActivities", List.of(ActivityType.LM_SHORT_VET, ActivityType.LM_LONG_VET, ActivityType.LM_SKILL_VET));
        // offer only the bulk actions that at least one participant's mobility can take
        MobilityActor actor = user.isCoordinator() ? MobilityActor.COORDINATOR : MobilityActor.REFERENT;
        model.addAttribute("bulkTargets", List.of(MobilityStatus.SUBMITTED, MobilityStatus.APPROVED,
                        MobilityStatus.CONFIRMED, MobilityStatus.CANCELLED).stream()
                .filter(target -> trip.participants().stream()
                        .anyMatch(p -> MobilityTransitions.allowed(actor, p.status(), target)))
                .toList());
        boolean mayEdit = trips.mayEdit(id, user);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayEditRatio", user.isCoordinator());
        model.addAttribute("reportable", mayEdit && trip.participants().stream()
                .anyMatch(p -> p.learner() && p.readable() && p.status() == MobilityStatus.COMPLETED));
        return "trips/detail";
    }

    @PostMapping("/trips/{id}/participants")
    @PreAuthorize(MobilityController.MANAGERS)
    String addParticipants(@PathVariable long id, @RequestParam(required = false) List<Long> studentIds,
                           @RequestParam(required = false) List<Long> staffIds,
                           @RequestParam(required = false) ActivityType activityType,
                           @RequestParam(required = false) Long hostId,
                           @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        List<BulkResult> results = trips.addParticipants(id, studentIds, staffIds, activityType, hostId, user);
        redirect.addFlashAttribute("bulkTitle", "trip.added");
        redirect.addFlashAttribute("bulk", lines(results, locale));
        return "redirect:/trips/" + id;
    }

    @PostMapping("/trips/{id}/bulk")
    @PreAuthorize(MobilityController.MANAGERS)
    String bulk(@PathVariable long id, @RequestParam(required = false) String to,
                @RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean forceMajeure,
                @RequestParam(required = false) String returnTo,
                @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        String back = "approvals".equals(returnTo) ? "redirect:/approvals" : "redirect:/trips/" + id;
        MobilityStatus target = BULK_TARGETS.stream().filter(s -> s.name().equals(to)).findFirst().orElse(null);
        if (target == null) {
            trips.get(id, user); // 404 outside the user's scope
            redirect.addFlashAttribute("refusal", messages.getMessage("trip.bulk.unknown", null, locale));
            return back;
        }
        List<BulkResult> results = trips.bulk(id, target, comment, forceMajeure, user);
        redirect.addFlashAttribute("bulkTitle", "trip.bulk.done");
        redirect.addFlashAttribute("bulkTarget", ruleMessages.status(target, locale));
        redirect.addFlashAttribute("bulk", lines(results, locale));
        return back;
    }

    private List<BulkLine> lines(List<BulkResult> results, Locale locale) {
        return results.stream().map(r -> new BulkLine(r.reference(), r.name(), r.passed(), r.passed() ? null
                : ruleMessages.text(r.messageKey(), r.args().toArray(), locale))).toList();
    }

    private String form(TripForm form, TripDetails existing, CurrentUser user, Model model) {
        model.addAttribute("tripForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("projects", queries.projects(user));
        // the chosen schools and hosts only (type-ahead pickers); a school already on the trip stays shown
        model.addAttribute("chosenSchools", pickers.tripSchools(form.getSchoolIds(),
                existing == null ? List.of() : existing.schoolIds(), user));
        model.addAttribute("chosenHosts", pickers.hosts(form.getHostIds()));
        model.addAttribute("transports", Transport.values());
        model.addAttribute("cityLabel", queries.cityLabel(form.getDestinationCityId()));
        return "trips/form";
    }
}
