package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.Choice;
import fr.capmob.portal.mobility.MobilityPickers;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The type-ahead answers of the mobility form's pickers (htmx fragments of fragments/picker.html): at most
 * {@link MobilityPickers#MAX_MATCHES} students, staff members or hosts, for those who may create a mobility; a
 * referent gets their own school's students and staff only.
 */
@Controller
class MobilityPickerController {

    private final MobilityPickers pickers;

    MobilityPickerController(MobilityPickers pickers) {
        this.pickers = pickers;
    }

    @GetMapping("/mobilities/pickers/students")
    @PreAuthorize(MobilityController.MANAGERS)
    String students(@RequestParam(name = "q", required = false) String text,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        return results(text, pickers.students(text, user), model);
    }

    @GetMapping("/mobilities/pickers/staff")
    @PreAuthorize(MobilityController.MANAGERS)
    String staff(@RequestParam(name = "q", required = false) String text,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        return results(text, pickers.staff(text, user), model);
    }

    @GetMapping("/mobilities/pickers/hosts")
    @PreAuthorize(MobilityController.MANAGERS)
    String hosts(@RequestParam(name = "q", required = false) String text, Model model) {
        return results(text, pickers.hosts(text), model);
    }

    @GetMapping("/trips/pickers/schools")
    @PreAuthorize(MobilityController.MANAGERS)
    String tripSchools(@RequestParam(name = "q", required = false) String text,
                       @AuthenticationPrincipal CurrentUser user, Model model) {
        return results(text, pickers.tripSchools(text, user), model);
    }

    static String results(String text, List<Choice> choices, Model model) {
        model.addAttribute("query", text == null ? "" : text.trim());
        model.addAttribute("choices", choices);
        model.addAttribute("more", choices.size() >= MobilityPickers.MAX_MATCHES);
        return "fragments/picker :: results";
    }
}
