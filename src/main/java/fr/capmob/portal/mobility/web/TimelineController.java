package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.TimelineQueries;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A month of who is abroad when, by project and school. */
@Controller
class TimelineController {

    private final MobilityQueries queries;
    private final TimelineQueries timeline;
    private final SchoolDirectory schools;
    private final Clock clock;

    TimelineController(MobilityQueries queries, TimelineQueries timeline, SchoolDirectory schools, Clock clock) {
        this.queries = queries;
        this.timeline = timeline;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) String month, @RequestParam(required = false) Long projectId,
                    @RequestParam(required = false) Long schoolId, @RequestParam(defaultValue = "0") int page,
                    @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        YearMonth shown = parse(month);
        List<LocalDate> days = shown.atDay(1).datesUntil(shown.atEndOfMonth().plusDays(1)).toList();
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("days", days);
        model.addAttribute("rows", timeline.month(shown, projectId, user.seesWholeConsortium() ? schoolId : null, user, page));
        model.addAttribute("links", PageLinks.of(request, "/timeline"));
        model.addAttribute("projects", queries.projects(user));
        model.addAttribute("pickSchool", user.seesWholeConsortium());
        model.addAttribute("schoolId", user.seesWholeConsortium() ? schoolId : null);
        model.addAttribute("schoolLabel", user.seesWholeConsortium() ? schools.labelOf(schoolId) : null);
        return "mobilities/timeline";
    }

    private YearMonth parse(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }
}
