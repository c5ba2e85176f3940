package fr.capmob.portal.consortium.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory.SchoolOption;
import fr.capmob.portal.consortium.MemberSchool;
import fr.capmob.portal.consortium.SchoolChoices;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shared school type-ahead ({@code /schools/picker?q=…}, fragments/picker.html): at most {@link #MAX_MATCHES}
 * schools whose name or UAI contains the text, searched in SQL and scoped by role ({@link SchoolChoices}):
 * without parameter the schools the user may choose for a record (every school for the consortium's users, their
 * own school otherwise); {@code scope=partners} those they may filter by (their school's project partners);
 * {@code project=} a visible project's member schools, with their experience (the pair form).
 */
@Controller
class SchoolPickerController {

    static final int MAX_MATCHES = 20;

    private final SchoolChoices schools;
    private final MessageSource messages;

    SchoolPickerController(SchoolChoices schools, MessageSource messages) {
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/schools/picker")
    String search(@RequestParam(name = "q", required = false) String text,
                  @RequestParam(required = false) String scope, @RequestParam(required = false) Long project,
                  @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        List<SchoolOption> choices = project != null
                ? schools.searchMembers(project, text, MAX_MATCHES, user).stream()
                        .map(school -> withExperience(school, messages, locale)).toList()
                : schools.search(text, "partners".equals(scope) ? SchoolChoices.Scope.PARTNERS : SchoolChoices.Scope.OWN,
                        MAX_MATCHES, user).stream().map(SchoolPickerController::plain).toList();
        model.addAttribute("query", text == null ? "" : text.trim());
        model.addAttribute("choices", choices);
        model.addAttribute("more", choices.size() >= MAX_MATCHES);
        return "fragments/picker :: results";
    }

    static SchoolOption plain(MemberSchool school) {
        return new SchoolOption(school.id(), school.name() + " (" + school.uai() + ")");
    }

    /** "name (UAI) — experience", as the pair form shows its schools. */
    static SchoolOption withExperience(MemberSchool school, MessageSource messages, Locale locale) {
        return new SchoolOption(school.id(), plain(school).label() + " — "
                + messages.getMessage("pairing.experience." + school.experience(), null, locale));
    }
}
