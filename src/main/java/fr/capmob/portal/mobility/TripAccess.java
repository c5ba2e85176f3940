package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who manages a trip: the whole consortium sees every trip; a school's users see the trips of their
 * school, and its referents also those of its tutoring-pair partners in the project ({@link PartnerReads}: read
 * only); the coordinator and the referents of the trip's schools manage it. A trip the user does not see does not
 * exist for them (404).
 */
@Component
class TripAccess {

    private final JdbcClient jdbc;
    private final PartnerReads partners;

    TripAccess(JdbcClient jdbc, PartnerReads partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    List<Long> schoolsOf(long tripId) {
        return jdbc.sql("select school_id from trip_school where trip_id = :t order by school_id").param("t", tripId)
                .query(Long.class).list();
    }

    boolean pairPartners(long projectId, long schoolA, long schoolB) {
        return partners.pairPartners(projectId, schoolA, schoolB);
    }

    void requireVisible(long tripId, CurrentUser user) {
        Long projectId = jdbc.sql("select project_id from trip where id = :t").param("t", tripId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("trip", tripId));
        if (user.seesWholeConsortium()) {
            return;
        }
        List<Long> schools = schoolsOf(tripId);
        Long own = user.schoolId();
        if (own == null || !(schools.contains(own) || schools.stream().anyMatch(s -> partners.mayRead(user, projectId, s)))) {
            throw new NotFoundException("trip", tripId);
        }
    }

    boolean manageable(long tripId, CurrentUser user) {
        return user.isCoordinator()
                || (user.isReferent() && user.schoolId() != null && schoolsOf(tripId).contains(user.schoolId()));
    }

    void requireManageable(long tripId, CurrentUser user) {
        requireVisible(tripId, user);
        if (!manageable(tripId, user)) {
            throw new AccessDeniedException("not a manager of this trip");
        }
    }
}
