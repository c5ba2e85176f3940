package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.budget.ExpenditureCategory;
import fr.capmob.portal.budget.ExpenditureDetails;
import fr.capmob.portal.budget.ExpenditureFilter;
import fr.capmob.portal.budget.BudgetOption;
import fr.capmob.portal.budget.ExpenditureService;
import fr.capmob.portal.shared.MoneyText;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/** Real expenditure (coordinators and accountants; a school's accountant: their school): ledger, create, edit. */
@Controller
@PreAuthorize(BudgetRoles.ACCOUNTING)
class ExpenditureController {

    static final int TRIP_MATCHES = 20;

    private final ExpenditureService expenditures;
    private final PaymentService payments;
    private final SchoolDirectory schools;
    private final BudgetMessages messages;
    private final Clock clock;

    ExpenditureController(ExpenditureService expenditures, PaymentService payments, SchoolDirectory schools,
                          BudgetMessages messages, Clock clock) {
        this.expenditures = expenditures;
        this.payments = payments;
        this.schools = schools;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("expenditureForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/expenditure")
    String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) ExpenditureCategory category,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var pageable = sort == null ? ListQuery.pageable(page, size, "date", "desc", ExpenditureService.SORT_KEYS, "date")
                : ListQuery.pageable(page, size, sort, dir, ExpenditureService.SORT_KEYS, "date");
        model.addAttribute("expenditures", expenditures.search(new ExpenditureFilter(projectId, schoolId, category, from, to, q),
                pageable, user));
        model.addAttribute("links", PageLinks.of(request, "/expenditure"));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("projects", payments.projectChoices(user));
            model.addAttribute("pickSchool", user.seesWholeConsortium());
            model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("categories", ExpenditureCategory.values());
        }
        return HtmxRequests.view(request, "budget/expenditure/list", "results");
    }

    /** The trip type-ahead of the form: at most {@link #TRIP_MATCHES} trips of the user's scope, searched in SQL. */
    @GetMapping("/expenditure/pickers/trips")
    String trips(@RequestParam(name = "q", required = false) String text, @AuthenticationPrincipal CurrentUser user,
                 Model model) {
        List<BudgetOption> choices = expenditures.searchTrips(text, TRIP_MATCHES, user);
        model.addAttribute("query", text == null ? "" : text.trim());
        model.addAttribute("choices", choices);
        model.addAttribute("more", choices.size() >= TRIP_MATCHES);
        return "fragments/picker :: results";
    }

    @GetMapping("/expenditure/new")
    String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        ExpenditureForm form = new ExpenditureForm();
        form.setSchoolId(user.schoolId());
        form.setSpentOn(LocalDate.now(clock));
        return form(form, null, user, model);
    }

    @PostMapping("/expenditure")
    String create(@Valid @ModelAttribute("expenditureForm") ExpenditureForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        if (!user.seesWholeConsortium()) {
            form.setSchoolId(user.schoolId());
        }
        Optional<BigDecimal> amount = amount(form, binding);
        if (binding.hasErrors()) {
            return form(form, null, user, model);
        }
        try {
            expenditures.create(form.toCommand(amount.get()), user);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return form(form, null, user, model);
        }
        redirect.addFlashAttribute("success", "budget.expenditure.saved");
        return "redirect:/expenditure";
    }

    @GetMapping("/expenditure/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ExpenditureDetails existing = expenditures.get(id, user);
        return form(ExpenditureForm.from(existing.command(), existing.version()), existing, user, model);
    }

    @PostMapping("/expenditure/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("expenditureForm") ExpenditureForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        ExpenditureDetails existing = expenditures.get(id, user); // 404 outside the user's scope, before anything else
        if (!user.seesWholeConsortium()) {
            form.setSchoolId(user.schoolId());
        }
        Optional<BigDecimal> amount = amount(form, binding);
        if (binding.hasErrors()) {
            return form(form, existing, user, model);
        }
        try {
            expenditures.update(id, form.getVersion(), form.toCommand(amount.get()), user);
        } catch (ConcurrentEditException conflict) {
            ExpenditureDetails stored = expenditures.get(id, user);
            ConflictPage.show(model, response, conflict, form, ExpenditureForm.from(stored.command(), stored.version()),
                    "budget.expenditure.field.");
            form.setVersion(conflict.currentVersion());
            return form(form, stored, user, model);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return form(form, existing, user, model);
        }
        redirect.addFlashAttribute("success", "budget.expenditure.saved");
        return "redirect:/expenditure";
    }

    private static Optional<BigDecimal> amount(ExpenditureForm form, BindingResult binding) {
        Optional<BigDecimal> amount = MoneyText.parse(form.getAmount());
        if (form.getAmount() != null && (amount.isEmpty() || amount.get().signum() <= 0)) {
            binding.rejectValue("amount", "budget.expenditure.amount.invalid");
        }
        if (form.getSchoolId() == null) {
            binding.rejectValue("schoolId", "budget.expenditure.school.required");
        }
        return amount;
    }

    private String form(ExpenditureForm form, ExpenditureDetails existing, CurrentUser user, Model model) {
        model.addAttribute("expenditureForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("projects", payments.projectChoices(user));
        // the school: a type-ahead for those who see every school (the chosen one's name only, not the list)
        model.addAttribute("pickSchool", user.seesWholeConsortium());
        model.addAttribute("schoolLabel", form.getSchoolId() == null ? null
                : schools.namesOf(List.of(form.getSchoolId())).get(form.getSchoolId()));
        model.addAttribute("tripLabel", expenditures.tripLabel(form.getTripId(), user));
        model.addAttribute("categories", ExpenditureCategory.values());
        return "budget/expenditure/form";
    }
}
