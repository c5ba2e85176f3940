package fr.capmob.portal.home.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.account.WorkItem;
import fr.capmob.portal.account.WorkItemSource;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: where each role starts, with what waits for the user (each source's work items, in their order)
 * and, for a school's user, the name of their school. A constant number of statements: one per source and one for
 * the school's name.
 */
@Controller
class HomeController {

    private final List<WorkItemSource> sources;
    private final SchoolDirectory schools;

    HomeController(List<WorkItemSource> sources, SchoolDirectory schools) {
        this.sources = sources;
        this.schools = schools;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<WorkItem> items = sources.stream().flatMap(source -> source.itemsFor(user).stream())
                .sorted(Comparator.comparingInt(WorkItem::order)).toList();
        model.addAttribute("workItems", items);
        model.addAttribute("schoolName", user.schoolId() == null ? null
                : schools.namesOf(List.of(user.schoolId())).get(user.schoolId()));
        return "home/index";
    }
}
