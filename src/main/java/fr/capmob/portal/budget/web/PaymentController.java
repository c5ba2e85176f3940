package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.budget.MobilityAccount;
import fr.capmob.portal.budget.MobilityChoice;
import fr.capmob.portal.shared.MoneyText;
import fr.capmob.portal.budget.PaymentCommand;
import fr.capmob.portal.budget.PaymentExceedsOwedException;
import fr.capmob.portal.budget.PaymentFilter;
import fr.capmob.portal.budget.PaymentKind;
import fr.capmob.portal.budget.PaymentLedger;
import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.budget.PaymentRow;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.budget.RecordedPayment;
import fr.capmob.portal.budget.RecoveryService;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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

/**
 * Payments to participants (coordinators and accountants; referents get 403): the ledger, a mobility's account,
 * recording an advance or a balance (with a confirmation when it would pay more than owed), corrections.
 */
@Controller
@PreAuthorize(BudgetRoles.ACCOUNTING)
class PaymentController {

    /** How many mobilities the payment form's search shows at most. */
    static final int MAX_CHOICES = 20;

    private final PaymentService payments;
    private final RecoveryService recoveries;
    private final SchoolDirectory schools;
    private final BudgetMessages messages;
    private final Clock clock;

    PaymentController(PaymentService payments, RecoveryService recoveries, SchoolDirectory schools, BudgetMessages messages,
                      Clock clock) {
        this.payments = payments;
        this.recoveries = recoveries;
        this.schools = schools;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder({"paymentForm", "correctionForm"})
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/payments")
    String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) PaymentKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long mobility,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        if (mobility != null) {
            payments.account(mobility, user); // 404 outside the user's scope
            return "redirect:/payments/mobilities/" + mobility;
        }
        var pageable = ListQuery.pageable(page, size, sort, dir, PaymentService.SORT_KEYS, "date");
        if (sort == null) {
            pageable = ListQuery.pageable(page, size, "date", "desc", PaymentService.SORT_KEYS, "date");
        }
        PaymentFilter filter = new PaymentFilter(projectId, schoolId, kind, from, to, q, null);
        PaymentLedger ledger = payments.ledger(filter, pageable, user);
        model.addAttribute("payments", ledger.page());
        model.addAttribute("paymentsTotal", ledger.total());
        model.addAttribute("links", PageLinks.of(request, "/payments"));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("projects", payments.projectChoices(user));
            model.addAttribute("pickSchool", user.seesWholeConsortium());
            model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("kinds", PaymentKind.values());
        }
        return HtmxRequests.view(request, "budget/payments/list", "results");
    }

    @GetMapping("/payments/mobilities/{id}")
    String mobility(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("account", payments.account(id, user));
        model.addAttribute("payments", payments.ofMobility(id, user));
        model.addAttribute("recoveries", recoveries.ofMobility(id, user));
        model.addAttribute("today", recoveries.today());
        return "budget/payments/mobility";
    }

    @GetMapping("/payments/new")
    String newPayment(@RequestParam(required = false) Long mobility, @RequestParam(required = false) PaymentKind kind,
                      @RequestParam(name = "q", required = false) String query,
                      @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        choices(query, user, model);
        if (HtmxRequests.isHtmx(request)) {
            return "budget/payments/form :: choices"; // the chooser's type-ahead: only the matches
        }
        PaymentForm form = new PaymentForm();
        form.setIdempotencyKey(UUID.randomUUID());
        form.setPaidOn(LocalDate.now(clock));
        form.setMethod(PaymentMethod.TRANSFER);
        MobilityAccount account = null;
        if (mobility != null) {
            account = payments.account(mobility, user);
            form.setMobilityId(mobility);
            PaymentKind suggested = kind == PaymentKind.BALANCE || (kind == null && account.paid().signum() > 0)
                    ? PaymentKind.BALANCE : PaymentKind.ADVANCE;
            form.setKind(suggested);
            form.setAmount(MoneyText.format(suggested == PaymentKind.ADVANCE ? account.suggestedAdvance()
                    : account.suggestedBalance()));
        }
        return form(form, account, false, user, model);
    }

    @PostMapping("/payments")
    String record(@Valid @ModelAttribute("paymentForm") PaymentForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        MobilityAccount account = form.getMobilityId() == null ? null : payments.account(form.getMobilityId(), user);
        Optional<BigDecimal> amount = MoneyText.parse(form.getAmount());
        if (form.getAmount() != null && amount.isEmpty()) {
            binding.rejectValue("amount", "budget.amount.invalid");
        }
        if (form.getKind() == PaymentKind.CORRECTION) {
            binding.rejectValue("kind", "budget.payment.kind.required");
        }
        if (binding.hasErrors()) {
            return form(form, account, false, user, model);
        }
        RecordedPayment recorded;
        try {
            recorded = payments.record(new PaymentCommand(form.getMobilityId(), form.getKind(), form.getPaidOn(),
                    amount.get(), form.getMethod(), form.getReference(), form.getNote(), form.isConfirmOverOwed(),
                    form.getIdempotencyKey()), user);
        } catch (PaymentExceedsOwedException over) {
            model.addAttribute("overOwed", over);
            model.addAttribute("overOwedText", List.of(messages.money(over.owed(), locale), messages.money(over.paidAfter(), locale)));
            return form(form, account, true, user, model);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return form(form, account, false, user, model);
        }
        return recorded(recorded, "budget.payment.recorded", redirect);
    }

    /** The mobility's payments; a form submitted again shows the payment its first submission recorded. */
    private static String recorded(RecordedPayment recorded, String message, RedirectAttributes redirect) {
        if (recorded.alreadyRecorded()) {
            redirect.addFlashAttribute("warning", "budget.payment.alreadyRecorded");
            redirect.addFlashAttribute("warningArgs", recorded.id());
        } else {
            redirect.addFlashAttribute("success", message);
        }
        redirect.addFlashAttribute("highlight", recorded.id());
        return "redirect:/payments/mobilities/" + recorded.mobilityId();
    }

    private String form(PaymentForm form, MobilityAccount account, boolean needsConfirmation, CurrentUser user, Model model) {
        if (!needsConfirmation) {
            form.setConfirmOverOwed(false);
        }
        model.addAttribute("paymentForm", form);
        model.addAttribute("account", account);
        model.addAttribute("needsConfirmation", needsConfirmation);
        if (!model.containsAttribute("choices")) {
            choices(null, user, model);
        }
        model.addAttribute("kinds", List.of(PaymentKind.ADVANCE, PaymentKind.BALANCE));
        model.addAttribute("methods", PaymentMethod.values());
        return "budget/payments/form";
    }

    /** The mobilities matching the search box: at most {@link #MAX_CHOICES}, and whether there are more. */
    private void choices(String query, CurrentUser user, Model model) {
        String text = query == null ? "" : query.trim();
        List<MobilityChoice> found = payments.findMobilities(text, MAX_CHOICES + 1, user);
        model.addAttribute("query", text);
        model.addAttribute("choices", found.size() > MAX_CHOICES ? found.subList(0, MAX_CHOICES) : found);
        model.addAttribute("moreChoices", found.size() > MAX_CHOICES);
    }

    @GetMapping("/payments/{id}/correction")
    String correctionForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PaymentRow payment = payments.payment(id, user);
        CorrectionForm form = new CorrectionForm();
        form.setIdempotencyKey(UUID.randomUUID());
        form.setPaidOn(LocalDate.now(clock));
        form.setMethod(payment.method());
        return correction(payment, form, model);
    }

    @PostMapping("/payments/{id}/correction")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        PaymentRow payment = payments.payment(id, user);
        Optional<BigDecimal> amount = MoneyText.parse(form.getAmount());
        if (form.getAmount() != null && amount.isEmpty()) {
            binding.rejectValue("amount", "budget.amount.invalid");
        }
        if (binding.hasErrors()) {
            return correction(payment, form, model);
        }
        RecordedPayment recorded;
        try {
            recorded = payments.correct(id, amount.get(), form.getPaidOn(), form.getMethod(), form.getReference(),
                    form.getNote(), form.getIdempotencyKey(), user);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return correction(payment, form, model);
        }
        return recorded(recorded, "budget.correction.recorded", redirect);
    }

    private String correction(PaymentRow payment, CorrectionForm form, Model model) {
        model.addAttribute("payment", payment);
        model.addAttribute("correctionForm", form);
        model.addAttribute("methods", PaymentMethod.values());
        return "budget/payments/correction";
    }
}
