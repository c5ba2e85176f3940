package fr.capmob.portal.account.web;

import fr.capmob.portal.account.LoginProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final LoginProperties loginProperties;

    LoginController(LoginProperties loginProperties) {
        this.loginProperties = loginProperties;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        model.addAttribute("lockMinutes", loginProperties.lockDuration().toMinutes());
        return "account/login";
    }
}
