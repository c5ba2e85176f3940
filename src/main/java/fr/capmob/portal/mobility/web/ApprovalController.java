package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.MobilityQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' queue of submitted mobilities, the longest waiting first, to approve or send back. */
@Controller
class ApprovalController {

    private final MobilityQueries queries;

    ApprovalController(MobilityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasRole('COORDINATOR')")
    String queue(Model model) {
        model.addAttribute("queue", queries.approvalQueue());
        return "mobilities/approvals";
    }
}
