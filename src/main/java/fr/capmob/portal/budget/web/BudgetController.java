package fr.capmob.portal.budget.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.budget.AllocationGrid;
import fr.capmob.portal.budget.BudgetItem;
import fr.capmob.portal.budget.BudgetRuleException;
import fr.capmob.portal.budget.BudgetService;
import fr.capmob.portal.budget.M96Page;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.budget.ProjectBudget;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Budgets: the consortium overview and a project's budget (consortium-wide users), the coordinator's allocation of
 * a project's grant to its schools, a school's budget (its referents and accountant too), and the M9.6 report.
 */
@Controller
class BudgetController {

    private static final Map<String, String> NO_SORT = Map.of("default", "id");

    private final BudgetService budgets;
    private final PaymentService payments;
    private final BudgetMessages messages;

    BudgetController(BudgetService budgets, PaymentService payments, BudgetMessages messages) {
        this.budgets = budgets;
        this.payments = payments;
        this.messages = messages;
    }

    /** The consortium overview; a school's referent or accountant goes to their school's budget. */
    @GetMapping("/budget")
    String overview(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        if (!user.seesWholeConsortium()) {
            return "redirect:/budget/schools/" + (user.schoolId() == null ? 0 : user.schoolId());
        }
        model.addAttribute("projects", budgets.overview(pageable(page, size)));
        model.addAttribute("total", budgets.consortiumTotal());
        model.addAttribute("links", PageLinks.of(request, "/budget"));
        return "budget/overview";
    }

    /** {@code schools}: part of a school's name or UAI; {@code page}: the form's page of schools ({@link AllocationGrid}). */
    @GetMapping("/budget/projects/{id}")
    @PreAuthorize(BudgetRoles.CONSORTIUM_WIDE)
    String project(@PathVariable long id, @RequestParam(required = false) String schools,
                   @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        ProjectBudget budget = budgets.project(id);
        AllocationGrid grid = budgets.allocationGrid(id, schools, page == null ? 0 : page);
        return projectPage(budget, grid, schools, AllocationForm.from(budget, grid.rows()), request, model);
    }

    /**
     * Saves the rows the form showed (those of the {@code schools} filter, page {@code page}); the other schools keep
     * their amounts. Back to the same page and filter.
     */
    @PostMapping("/budget/projects/{id}/allocations")
    @PreAuthorize("hasRole('COORDINATOR')")
    String allocate(@PathVariable long id, @ModelAttribute("allocationForm") AllocationForm form, BindingResult binding,
                    @RequestParam(required = false) String schools, @RequestParam(required = false) Integer page,
                    @AuthenticationPrincipal CurrentUser user,
                    HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
                    RedirectAttributes redirect) {
        ProjectBudget budget = budgets.project(id);
        Map<Long, Map<BudgetItem, BigDecimal>> amounts = form.parse(binding);
        AllocationGrid grid = budgets.allocationGrid(id, schools, page == null ? 0 : page);
        if (binding.hasErrors()) {
            return projectPage(budget, grid, schools, form, request, model);
        }
        try {
            budgets.saveAllocations(id, form.getVersion(), amounts, form.advanceShare(), user);
        } catch (BudgetRuleException rule) {
            messages.reject(binding, rule, locale);
            return projectPage(budget, grid, schools, form, request, model);
        } catch (ConcurrentEditException conflict) {
            ProjectBudget stored = budgets.project(id);
            ConflictPage.show(model, response, conflict, form, AllocationForm.from(stored, grid.rows()),
                    "budget.allocation.field.");
            form.setVersion(conflict.currentVersion());
            return projectPage(stored, grid, schools, form, request, model);
        }
        redirect.addFlashAttribute("success", "budget.allocation.saved");
        if (schools != null && !schools.isBlank()) {
            redirect.addAttribute("schools", schools.trim());
        }
        if (grid.page().getNumber() > 0) {
            redirect.addAttribute("page", grid.page().getNumber());
        }
        return "redirect:/budget/projects/" + id;
    }

    private String projectPage(ProjectBudget budget, AllocationGrid grid, String schoolFilter, AllocationForm form,
                               HttpServletRequest request, Model model) {
        model.addAttribute("budget", budget);
        model.addAttribute("grid", grid);
        model.addAttribute("others", grid.others(budget.allocated()));
        String filter = schoolFilter == null ? "" : schoolFilter.trim();
        model.addAttribute("schoolFilter", filter);
        model.addAttribute("allocationAction", UriComponentsBuilder.fromPath("/budget/projects/{id}/allocations")
                .queryParamIfPresent("schools", Optional.of(filter).filter(text -> !text.isEmpty()))
                .queryParamIfPresent("page", Optional.of(grid.page().getNumber()).filter(number -> number > 0))
                .buildAndExpand(budget.id()).encode().toUriString());
        model.addAttribute("allocationForm", form);
        boolean mayAllocate = request.isUserInRole("COORDINATOR");
        model.addAttribute("allocationRows", AllocationRow.of(grid.rows(), form,
                model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "allocationForm") instanceof Errors errors ? errors : null,
                !mayAllocate));
        model.addAttribute("items", BudgetItem.values());
        model.addAttribute("mayAllocate", mayAllocate);
        model.addAttribute("links", PageLinks.keeping(request, "/budget/projects/" + budget.id(), "schools", "lang"));
        return "budget/project";
    }

    @GetMapping("/budget/schools/{id}")
    String school(@PathVariable long id, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user,
                  HttpServletRequest request, Model model) {
        model.addAttribute("schoolId", id);
        model.addAttribute("schoolName", budgets.schoolName(id, user));
        model.addAttribute("projects", budgets.schoolProjects(id, pageable(page, size)));
        model.addAttribute("items", BudgetItem.values());
        model.addAttribute("links", PageLinks.of(request, "/budget/schools/" + id));
        return "budget/school";
    }

    /** M9.6: flat-rate income and real expenditure per school, for accountants and coordinators. */
    @GetMapping("/budget/m96")
    @PreAuthorize(BudgetRoles.ACCOUNTING)
    String m96(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user,
               HttpServletRequest request, Model model) {
        M96Page report = budgets.m96(projectId, pageable(page, size), user);
        model.addAttribute("rows", report.rows());
        model.addAttribute("total", report.total());
        model.addAttribute("projects", payments.projectChoices(user));
        model.addAttribute("links", PageLinks.of(request, "/budget/m96"));
        return "budget/m96";
    }

    private static Pageable pageable(Integer page, Integer size) {
        return ListQuery.pageable(page, size, null, null, NO_SORT, "default");
    }
}
