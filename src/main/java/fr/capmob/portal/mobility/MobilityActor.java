package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.Optional;

/** The part a user plays towards one mobility: coordinator, or referent of its sending school. Others play none. */
public enum MobilityActor {
    COORDINATOR,
    REFERENT;

    static Optional<MobilityActor> of(CurrentUser user, long sendingSchoolId) {
        if (user.isCoordinator()) {
            return Optional.of(COORDINATOR);
        }
        if (user.isReferent() && user.schoolId() != null && user.schoolId() == sendingSchoolId) {
            return Optional.of(REFERENT);
        }
        return Optional.empty();
    }
}
