package fr.capmob.portal.account.web;

import fr.capmob.portal.account.AccountRuleException;
import fr.capmob.portal.account.AccountService;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.InvalidPasswordLinkException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Passwords: a signed-in user changes theirs; a new user sets theirs with a one-time link (no sign-in). */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ChangePasswordForm form,
                  BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
        checkConfirmation(form, result);
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            HttpSession session = request.getSession(false);
            accounts.changePassword(user.id(), form.getCurrentPassword(), form.getPassword(),
                    session == null ? null : session.getId());
        } catch (AccountRuleException e) {
            AccountErrors.reject(result, e);
            return "account/password";
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    @GetMapping("/account/set-password/{token}")
    String setForm(@PathVariable String token, Model model) {
        accounts.checkPasswordLink(token);
        model.addAttribute("form", new NewPasswordForm());
        model.addAttribute("token", token);
        return "account/set-password";
    }

    @PostMapping("/account/set-password/{token}")
    String set(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result,
               Model model) {
        accounts.checkPasswordLink(token);
        model.addAttribute("token", token);
        checkConfirmation(form, result);
        if (result.hasErrors()) {
            return "account/set-password";
        }
        try {
            accounts.setPasswordWithLink(token, form.getPassword());
        } catch (AccountRuleException e) {
            AccountErrors.reject(result, e);
            return "account/set-password";
        }
        return "redirect:/login?passwordSet";
    }

    /** Unknown, expired and used links get the same page, so a link cannot be probed. */
    @ExceptionHandler(InvalidPasswordLinkException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String invalidLink() {
        return "account/link-invalid";
    }

    private static void checkConfirmation(NewPasswordForm form, BindingResult result) {
        if (!form.confirmationMatches()) {
            result.rejectValue("confirmation", "password.confirmation.mismatch");
        }
    }
}
