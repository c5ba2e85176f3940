package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mobility form's hint, asked again (htmx) whenever a value of the form changes: the project's period, the
 * warning about a participant who is a minor on departure and the trips that fit. Without JavaScript the form
 * shows the same hint each time it comes back.
 */
@Controller
class MobilityHintController {

    private final MobilityFormParts parts;

    MobilityHintController(MobilityFormParts parts) {
        this.parts = parts;
    }

    @GetMapping("/mobilities/form/hint")
    @PreAuthorize(MobilityController.MANAGERS)
    String hint(@ModelAttribute("mobilityForm") MobilityForm form, BindingResult ignoredMalformedValues,
                @RequestParam(defaultValue = "true") boolean creating, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        parts.addHint(form, creating, user, model);
        return "mobilities/form-hint :: hint";
    }
}
