package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MinorConsent;
import fr.capmob.portal.mobility.MinorConsents;
import fr.capmob.portal.mobility.TripMembership;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The trip and minor's-papers sections of a mobility's page: the trips that fit, and the papers a minor needs. */
@Component
class TripPanel {

    private final TripMembership membership;
    private final MinorConsents consents;

    TripPanel(TripMembership membership, MinorConsents consents) {
        this.membership = membership;
        this.consents = consents;
    }

    void fill(long mobilityId, CurrentUser user, Model model) {
        boolean mayChange = membership.mayChange(mobilityId, user);
        model.addAttribute("mayChangeTrip", mayChange);
        model.addAttribute("tripOffers", mayChange ? membership.offers(mobilityId, user) : List.of());
        MinorConsent papers = consents.get(mobilityId, user);
        model.addAttribute("minorPapers", papers);
        model.addAttribute("mayRecordPapers", papers.minor() && consents.mayRecord(mobilityId, user));
    }
}
