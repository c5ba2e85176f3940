package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.TripService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' queue of submitted mobilities, the longest waiting first, to approve or send back. */
@Controller
class ApprovalController {

    private final MobilityQueries queries;
    private final TripService trips;

    ApprovalController(MobilityQueries queries, TripService trips) {
        this.queries = queries;
        this.trips = trips;
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasRole('COORDINATOR')")
    String queue(Model model) {
        model.addAttribute("queue", queries.approvalQueue());
        model.addAttribute("trips", trips.awaitingApproval());
        return "mobilities/approvals";
    }
}
