package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.budget.DueService;
import fr.capmob.portal.budget.DueWork;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accountants' waiting work as lists (the home page's links): advances due, balances due, invoices to enter. */
@Controller
@PreAuthorize(BudgetRoles.ACCOUNTING)
class DueController {

    private static final Map<String, String> NO_SORT = Map.of("default", "id");

    private final DueService due;

    DueController(DueService due) {
        this.due = due;
    }

    @GetMapping("/payments/due")
    String due(@RequestParam(defaultValue = "ADVANCES") DueWork what, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user,
               HttpServletRequest request, Model model) {
        model.addAttribute("what", what);
        model.addAttribute("rows", due.list(what, ListQuery.pageable(page, size, null, null, NO_SORT, "default"), user));
        model.addAttribute("kinds", DueWork.values());
        model.addAttribute("links", PageLinks.of(request, "/payments/due"));
        return "budget/payments/due";
    }
}
