package fr.capmob.portal.account.web;

import fr.capmob.portal.account.AccountRuleException;
import fr.capmob.portal.account.AccountService;
import fr.capmob.portal.account.CreatedUser;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.UserFilter;
import fr.capmob.portal.account.UserSummary;
import fr.capmob.portal.account.UserView;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.ConflictPage;
import fr.capmob.portal.web.HtmxRequests;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** User accounts, managed by coordinators only. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('COORDINATOR')")
class UsersController {

    private static final Map<String, String> SORT_KEYS = Map.of(
            "name", "displayName", "email", "email", "role", "role", "active", "active");

    private final AccountService accounts;

    UsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) Long school, @RequestParam(required = false) String active,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletRequest request, Model model) {
        UserFilter filter = new UserFilter(q, parseRole(role), school, parseActive(active));
        Page<UserSummary> users = accounts.list(filter,
                ListQuery.pageable(page, size, sort, dir, SORT_KEYS, "name"));
        model.addAttribute("users", users);
        model.addAttribute("links", PageLinks.of(request, "/users"));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Role.values());
        model.addAttribute("schoolLabel", accounts.schoolLabel(school));
        return HtmxRequests.view(request, "users/list", "results");
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return showForm(model, new UserForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, form, null);
        }
        CreatedUser created;
        try {
            created = accounts.create(form.toCommand());
        } catch (AccountRuleException e) {
            AccountErrors.reject(result, e);
            return showForm(model, form, null);
        }
        redirect.addFlashAttribute("success", "user.created");
        redirect.addFlashAttribute("passwordLink", linkUrl(request, created.passwordToken()));
        return "redirect:/users/" + created.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(id));
        return "users/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UserView user = accounts.get(id);
        return showForm(model, UserForm.from(user), user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserView user = accounts.get(id);
        if (result.hasErrors()) {
            return showForm(model, form, user);
        }
        try {
            accounts.update(id, form.getVersion(), form.toCommand());
        } catch (AccountRuleException e) {
            AccountErrors.reject(result, e);
            return showForm(model, form, user);
        } catch (ConcurrentEditException e) {
            ConflictPage.show(model, response, e, form, UserForm.from(user), "user.field.");
            form.setVersion(e.currentVersion());
            return showForm(model, form, user);
        }
        redirect.addFlashAttribute("success", "user.saved");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser current,
                      RedirectAttributes redirect) {
        try {
            accounts.deactivate(id, current.id());
            redirect.addFlashAttribute("success", "user.deactivated");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("warning", e.messageKeys().get(0));
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        accounts.activate(id);
        redirect.addFlashAttribute("success", "user.activated");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/password-link")
    String passwordLink(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String token = accounts.newPasswordLink(id);
        redirect.addFlashAttribute("success", "user.link.created");
        redirect.addFlashAttribute("passwordLink", linkUrl(request, token));
        return "redirect:/users/" + id;
    }

    private String showForm(Model model, UserForm form, UserView user) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("schoolLabel", accounts.schoolLabel(form.getSchoolId()));
        return "users/form";
    }

    /** The absolute link to pass on to the user, built from the address the coordinator is using. */
    private static String linkUrl(HttpServletRequest request, String token) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/account/set-password/{token}").buildAndExpand(token).toUriString();
    }

    private static Role parseRole(String role) {
        return Arrays.stream(Role.values()).filter(value -> value.name().equals(role)).findFirst().orElse(null);
    }

    private static Boolean parseActive(String active) {
        return "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
    }
}
