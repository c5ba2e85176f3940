package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the page {@code /mobilities/{id}} shows, read in one transaction that loads the mobility once (its
 * entity for the scope check and the moves, its details for the page and the report section) instead of once per
 * section, the trip and minor's-papers sections included; {@code MobilityDetailStatementsTest} keeps the number of
 * statements small and constant.
 */
@Service
@Transactional(readOnly = true)
public class MobilityPage {

    /** The sections of the page. {@code report} and {@code reportLink} are null when there is none to show. */
    public record Sections(MobilityDetails mobility, GrantView grant, List<TransitionRecord> history,
                           List<MobilityStatus> targets, boolean mayEdit, ReportView report, boolean mayCreateReportLink,
                           ReportLinkState reportLink, TripSection trip) {
    }

    /**
     * The trip and minor's-papers sections: whether the user may move the mobility between trips now (its coordinator
     * or school referent, draft or submitted) and the trips that fit it; a minor's papers and whether the user records
     * them.
     */
    public record TripSection(boolean mayChange, List<TripOffer> offers, MinorConsent papers, boolean mayRecordPapers) {
    }

    private final MobilityAccess access;
    private final MobilityDetailsQuery details;
    private final MobilityLifecycle lifecycle;
    private final MobilityGrants grants;
    private final ReportService reports;
    private final TripMembership membership;
    private final MinorConsents consents;

    MobilityPage(MobilityAccess access, MobilityDetailsQuery details, MobilityLifecycle lifecycle, MobilityGrants grants,
                 ReportService reports, TripMembership membership, MinorConsents consents) {
        this.access = access;
        this.details = details;
        this.lifecycle = lifecycle;
        this.grants = grants;
        this.reports = reports;
        this.membership = membership;
        this.consents = consents;
    }

    /** The page of a mobility the user sees (404 otherwise; a tutoring partner gets the partner's view). */
    public Sections of(long id, CurrentUser user) {
        Mobility entity = access.visible(id, user);
        MobilityDetails found = details.get(id);
        MobilityDetails mobility = user.canRead(entity.getSendingSchoolId()) ? found : found.forTutoringPartner();
        var actor = MobilityActor.of(user, entity.getSendingSchoolId());
        // the grant section reads the same entity again: the transaction's persistence context answers, not SQL
        return new Sections(mobility, grants.view(id, user), lifecycle.history(id),
                actor.map(a -> MobilityTransitions.targets(a, entity.getStatus())).orElse(List.of()),
                actor.map(a -> MobilityTransitions.editable(a, entity.getStatus())).orElse(false),
                reports.report(mobility, user).orElse(null), ReportService.mayCreateLink(mobility, user),
                reports.latestLink(mobility, user).orElse(null), tripSection(entity, user, actor.isPresent()));
    }

    private TripSection tripSection(Mobility entity, CurrentUser user, boolean actor) {
        boolean mayChange = TripMembership.mayChange(entity, user);
        List<TripOffer> fitting = mayChange ? membership.offers(entity) : List.of();
        MinorConsent papers = consents.read(entity.getId());
        return new TripSection(mayChange, fitting, papers, papers.minor() && actor);
    }
}
