package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.web.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "Mobilities" section of a student's page. The participant module may not depend on mobility (mobility depends
 * on participant), so the student's page only holds a panel (templates/mobilities/student.html) that loads this
 * section with htmx, as it does the history: the listing stays in the module that owns mobilities.
 */
@Controller
class StudentMobilitiesController {

    private final StudentService students;
    private final MobilityQueries queries;

    StudentMobilitiesController(StudentService students, MobilityQueries queries) {
        this.students = students;
        this.queries = queries;
    }

    /** 404 for a student the user may not read, as the student's page. */
    @GetMapping("/students/{id}/mobilities")
    String section(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
                   HttpServletRequest request) {
        model.addAttribute("studentName", students.get(id, user).fullName());
        model.addAttribute("studentId", id);
        model.addAttribute("mobilities", queries.ofStudent(id, user));
        model.addAttribute("limit", MobilityQueries.STUDENT_PAGE_LIMIT);
        model.addAttribute("mayCreate", MobilityService.mayCreate(user));
        return HtmxRequests.isHtmx(request) ? "mobilities/student :: mobilityList" : "mobilities/student-page";
    }
}
