package fr.capmob.portal.account.web;

import fr.capmob.portal.account.LoginProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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

    /**
     * The sign-in page answered 429 to a client that made too many attempts (forwarded here by the sign-in's
     * failure handler, which set the wait). Asked for directly, it is just the sign-in page's address.
     */
    @RequestMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(LoginProperties.RETRY_AFTER_SECONDS) instanceof Long seconds)) {
            return "redirect:/login";
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("throttledMinutes", Math.max(1, (seconds + 59) / 60));
        model.addAttribute("lockMinutes", loginProperties.lockDuration().toMinutes());
        return "account/login";
    }
}
