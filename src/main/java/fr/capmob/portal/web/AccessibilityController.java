package fr.capmob.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (RGAA "déclaration d'accessibilité"): conformance level, what is not yet compliant
 * and whom to contact. Public, linked from every page's footer.
 */
@Controller
class AccessibilityController {

    private final String contact;

    AccessibilityController(@Value("${portal.accessibility-contact:coordination@capmob.example}") String contact) {
        this.contact = contact;
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        model.addAttribute("contact", contact);
        return "home/accessibility";
    }
}
