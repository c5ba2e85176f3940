package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads a mobility for a user: one outside their scope does not exist for them (404); one they may not edit now is
 * refused (403 for read-only roles and tutoring partners, a rule for a status that is no longer editable).
 */
@Component
class MobilityAccess {

    private final MobilityRepository mobilities;
    private final PartnerReads partners;

    MobilityAccess(MobilityRepository mobilities, PartnerReads partners) {
        this.mobilities = mobilities;
        this.partners = partners;
    }

    Mobility load(long id) {
        return mobilities.findById(id).orElseThrow(() -> new NotFoundException("mobility", id));
    }

    /** The mobility, if the user reads its school's records or is a referent of its tutoring partner (read only). */
    Mobility visible(long id, CurrentUser user) {
        Mobility mobility = load(id);
        if (!user.canRead(mobility.getSendingSchoolId())
                && !partners.mayRead(user, mobility.getProjectId(), mobility.getSendingSchoolId())) {
            throw new NotFoundException("mobility", id);
        }
        return mobility;
    }

    Mobility editable(long id, CurrentUser user) {
        Mobility mobility = visible(id, user);
        MobilityActor actor = MobilityActor.of(user, mobility.getSendingSchoolId())
                .orElseThrow(() -> new AccessDeniedException("read-only role"));
        if (!MobilityTransitions.editable(actor, mobility.getStatus())) {
            throw new MobilityRuleException(null, "mobility.edit.notInThisStatus", mobility.getStatus().name());
        }
        return mobility;
    }
}
