package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads a mobility for a user: one outside their scope does not exist for them (404); one they may not edit now is
 * refused (403 for read-only roles, a rule for a status that is no longer editable).
 */
@Component
class MobilityAccess {

    private final MobilityRepository mobilities;

    MobilityAccess(MobilityRepository mobilities) {
        this.mobilities = mobilities;
    }

    Mobility load(long id) {
        return mobilities.findById(id).orElseThrow(() -> new NotFoundException("mobility", id));
    }

    Mobility visible(long id, CurrentUser user) {
        Mobility mobility = load(id);
        if (!user.canRead(mobility.getSendingSchoolId())) {
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
