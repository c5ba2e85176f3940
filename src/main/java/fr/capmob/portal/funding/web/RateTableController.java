package fr.capmob.portal.funding.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import fr.capmob.portal.funding.InvalidRateValueException;
import fr.capmob.portal.funding.WrongGenerationException;
import fr.capmob.portal.consortium.ProjectOption;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateTableDetails;
import fr.capmob.portal.funding.RateTableService;
import fr.capmob.portal.funding.RateTableSummary;
import fr.capmob.portal.funding.RateTextTranslations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import fr.capmob.portal.web.HtmxRequests;

/** The rate tables: coordinators and accountants read them; coordinators save an edited copy as a new version. */
@Controller
class RateTableController {

    private final RateTableService rateTables;
    private final RateLabels labels;
    private final ProjectService projects;
    private final RateRowViews rowViews;
    private final RateTextTranslations translations;

    RateTableController(RateTableService rateTables, RateLabels labels, ProjectService projects,
                        RateRowViews rowViews, RateTextTranslations translations) {
        this.translations = translations;
        this.rateTables = rateTables;
        this.labels = labels;
        this.projects = projects;
        this.rowViews = rowViews;
    }

    @GetMapping("/funding/rates")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ACCOUNTANT')")
    String list(@RequestParam(required = false) ProgrammeGeneration generation, HttpServletRequest request, Model model,
                Locale locale) {
        List<RateTableSummary> tables = rateTables.list(generation);
        model.addAttribute("tables", tables);
        model.addAttribute("comments", translations.inLanguage(tables.stream().map(RateTableSummary::comment).toList(),
                locale));
        model.addAttribute("generations", ProgrammeGeneration.values());
        return HtmxRequests.view(request, "funding/list", "results");
    }

    @GetMapping("/funding/rates/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ACCOUNTANT')")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        RateTableDetails details = rateTables.details(id);
        List<ProjectOption> visible = projects.options(user);
        List<Long> using = rateTables.projectsUsing(id);
        model.addAttribute("projectsUsing", visible.stream().filter(p -> using.contains(p.id())).toList());
        model.addAttribute("projectChoices", visible);
        List<Integer> bounds = rateTables.sheet(id).bandLowerBounds();
        RateRowViews.Page page = rowViews.of(details, bounds, locale);
        model.addAttribute("table", details.table());
        model.addAttribute("comment", page.comment());
        model.addAttribute("rows", page.rows());
        model.addAttribute("removed", page.removed());
        model.addAttribute("changedCount", details.rows().stream()
                .filter(row -> row.change() != RateTableDetails.Change.SAME).count() + details.removed().size());
        return "funding/detail";
    }

    @PostMapping("/funding/rates/{id}/projects")
    @PreAuthorize("hasRole('COORDINATOR')")
    String assign(@PathVariable long id, @RequestParam(required = false) Long projectId,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        rateTables.summary(id);
        if (projectId == null) {
            redirect.addFlashAttribute("assignError", "funding.rates.assign.projectRequired");
            return "redirect:/funding/rates/" + id;
        }
        try {
            rateTables.assign(user, projectId, id);
            redirect.addFlashAttribute("success", "funding.rates.assigned");
        } catch (WrongGenerationException wrong) {
            redirect.addFlashAttribute("assignError", "funding.rates.assign.wrongGeneration");
        }
        return "redirect:/funding/rates/" + id;
    }

    @GetMapping("/funding/rates/{id}/new-version")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newVersionForm(@PathVariable long id, Model model, Locale locale) {
        return form(id, RateTableForm.from(rateTables.sheet(id).items()), model, locale);
    }

    @PostMapping("/funding/rates/{id}/new-version")
    @PreAuthorize("hasRole('COORDINATOR')")
    String createVersion(@PathVariable long id, @Valid @ModelAttribute("rateTableForm") RateTableForm form,
                         BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                         RedirectAttributes redirect) {
        rateTables.summary(id);
        if (binding.hasErrors()) {
            return form(id, form, model, locale);
        }
        try {
            long created = rateTables.createVersion(user, id, form.changes(), form.getComment());
            redirect.addFlashAttribute("success", "funding.rates.versionCreated");
            return "redirect:/funding/rates/" + created;
        } catch (InvalidRateValueException invalid) {
            for (int i = 0; i < form.getItems().size(); i++) {
                if (invalid.keys().contains(form.getItems().get(i).getKey())) {
                    binding.rejectValue("items[" + i + "].value", "funding.rates.value.invalid");
                }
            }
            if (!binding.hasErrors()) {
                binding.reject("funding.rates.value.invalid");
            }
            return form(id, form, model, locale);
        }
    }

    private String form(long id, RateTableForm form, Model model, Locale locale) {
        var sheet = rateTables.sheet(id);
        Map<String, RateItem> items = sheet.items().stream().collect(Collectors.toMap(RateItem::key, Function.identity()));
        List<Integer> bounds = sheet.bandLowerBounds();
        model.addAttribute("table", rateTables.summary(id));
        model.addAttribute("rateTableForm", form);
        model.addAttribute("labels", form.getItems().stream().map(row -> {
            RateItem item = items.get(row.getKey());
            return item == null ? new RateRowView(row.getKey(), "", row.getKey(), "", "", false, "SAME", null, false)
                    : new RateRowView(item.key(), labels.kind(item.kind(), locale), labels.label(item, bounds, locale),
                    item.value(), item.source(), item.verify(), "SAME", null, item.amount() == null);
        }).toList());
        return "funding/form";
    }
}
