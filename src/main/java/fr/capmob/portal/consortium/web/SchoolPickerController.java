package fr.capmob.portal.consortium.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.account.SchoolDirectory.SchoolOption;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shared school type-ahead ({@code /schools/picker?q=…}, fragments/picker.html): at most {@link #MAX_MATCHES}
 * schools whose name or UAI contains the text, searched in SQL. A user who sees the whole consortium chooses among
 * every school; any other user only their own school.
 */
@Controller
class SchoolPickerController {

    static final int MAX_MATCHES = 20;

    private final SchoolDirectory schools;

    SchoolPickerController(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping("/schools/picker")
    String search(@RequestParam(name = "q", required = false) String text,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        List<SchoolOption> choices = user.seesWholeConsortium() ? schools.search(text, MAX_MATCHES) : ownSchool(text, user);
        model.addAttribute("query", text == null ? "" : text.trim());
        model.addAttribute("choices", choices);
        model.addAttribute("more", choices.size() >= MAX_MATCHES);
        return "fragments/picker :: results";
    }

    private List<SchoolOption> ownSchool(String text, CurrentUser user) {
        if (user.schoolId() == null || text == null || text.isBlank()) {
            return List.of();
        }
        Map<Long, String> names = schools.namesOf(List.of(user.schoolId()));
        String name = names.get(user.schoolId());
        return name != null && name.toLowerCase().contains(text.trim().toLowerCase())
                ? List.of(new SchoolOption(user.schoolId(), name)) : List.of();
    }
}
