package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.budget.RecordedPayment;
import fr.capmob.portal.budget.RecoveryFilter;
import fr.capmob.portal.budget.RecoveryOrder;
import fr.capmob.portal.budget.RecoveryReceipt;
import fr.capmob.portal.budget.RecoveryService;
import fr.capmob.portal.budget.RecoveryState;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.MoneyText;
import fr.capmob.portal.web.ControlCharacters;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
 * Amounts to recover (coordinators and accountants; referents get 403): the list, one order with the money received
 * back so far, recording money received back (in parts) and writing the rest off with a reason.
 */
@Controller
@PreAuthorize(BudgetRoles.ACCOUNTING)
class RecoveryController {

    private final RecoveryService recoveries;
    private final PaymentService payments;
    private final SchoolDirectory schools;
    private final BudgetMessages messages;

    RecoveryController(RecoveryService recoveries, PaymentService payments, SchoolDirectory schools,
                       BudgetMessages messages) {
        this.recoveries = recoveries;
        this.payments = payments;
        this.schools = schools;
        this.messages = messages;
    }

    @InitBinder({"receiptForm", "writeOffForm"})
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/payments/recoveries")
    String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long schoolId,
                @RequestParam(required = false) RecoveryState state, @RequestParam(required = false) boolean overdue,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @AuthenticationPrincipal CurrentUser user,
                HttpServletRequest request, Model model) {
        var pageable = ListQuery.pageable(page, size, sort == null ? "due" : sort, dir, RecoveryService.SORT_KEYS, "due");
        model.addAttribute("orders", recoveries.search(new RecoveryFilter(projectId, schoolId, state, overdue, q),
                pageable, user));
        model.addAttribute("today", recoveries.today());
        model.addAttribute("links", PageLinks.of(request, "/payments/recoveries"));
        if (!HtmxRequests.isHtmx(request)) {
            model.addAttribute("projects", payments.projectChoices(user));
            model.addAttribute("pickSchool", user.seesWholeConsortium());
            model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
            model.addAttribute("schoolId", schoolId);
            model.addAttribute("states", RecoveryState.values());
        }
        return HtmxRequests.view(request, "budget/payments/recoveries", "results");
    }

    @GetMapping("/payments/recoveries/{id}")
    String order(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        RecoveryOrder order = recoveries.order(id, user);
        ReceiptForm receipt = new ReceiptForm();
        receipt.setIdempotencyKey(UUID.randomUUID());
        receipt.setPaidOn(recoveries.today());
        receipt.setMethod(PaymentMethod.TRANSFER);
        receipt.setAmount(MoneyText.format(order.outstanding()));
        WriteOffForm writeOff = new WriteOffForm();
        writeOff.setVersion(order.version());
        return page(order, receipt, writeOff, model);
    }

    @PostMapping("/payments/recoveries/{id}/receipts")
    String receive(@PathVariable long id, @Valid @ModelAttribute("receiptForm") ReceiptForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        RecoveryOrder order = recoveries.order(id, user);
        Optional<BigDecimal> amount = MoneyText.parse(form.getAmount());
        if (form.getAmount() != null && amount.isEmpty()) {
            binding.rejectValue("amount", "budget.amount.invalid");
        }
        WriteOffForm writeOff = new WriteOffForm();
        writeOff.setVersion(order.version());
        if (binding.hasErrors()) {
            return page(order, form, writeOff, model);
        }
        RecordedPayment recorded;
        try {
            recorded = recoveries.receive(new RecoveryReceipt(id, form.getPaidOn(), amount.get(), form.getMethod(),
                    form.getReference(), form.getNote(), form.getIdempotencyKey()), user);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return page(order, form, writeOff, model);
        }
        redirect.addFlashAttribute(recorded.alreadyRecorded() ? "warning" : "success",
                recorded.alreadyRecorded() ? "budget.recovery.alreadyRecorded" : "budget.recovery.received");
        return "redirect:/payments/recoveries/" + id;
    }

    @PostMapping("/payments/recoveries/{id}/write-off")
    String writeOff(@PathVariable long id, @Valid @ModelAttribute("writeOffForm") WriteOffForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        RecoveryOrder order = recoveries.order(id, user);
        ReceiptForm receipt = new ReceiptForm();
        receipt.setIdempotencyKey(UUID.randomUUID());
        receipt.setPaidOn(recoveries.today());
        receipt.setMethod(PaymentMethod.TRANSFER);
        if (!binding.hasErrors()) {
            try {
                recoveries.writeOff(id, form.getVersion(), form.getReason(), user);
                redirect.addFlashAttribute("success", "budget.recovery.writtenOff");
                return "redirect:/payments/recoveries/" + id;
            } catch (BudgetRuleException rule) {
                messages.reject(binding, rule, locale);
            }
        }
        return page(order, receipt, form, model);
    }

    private String page(RecoveryOrder order, ReceiptForm receipt, WriteOffForm writeOff, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("today", recoveries.today());
        model.addAttribute("receiptForm", receipt);
        model.addAttribute("writeOffForm", writeOff);
        model.addAttribute("methods", PaymentMethod.values());
        return "budget/payments/recovery";
    }
}
