package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Approves the mobilities and trips chosen in the approval queue, each mobility in its own transaction: a refused
 * one is reported with its reason and does not stop the others. Only mobilities still SUBMITTED are approved, so a
 * form sent twice approves nothing twice (the second time each is reported as no longer waiting).
 */
@Service
public class BulkApproval {

    static final String NOT_WAITING = "approval.notWaiting";

    private record Target(long id, String reference, String name, MobilityStatus status) {
    }

    private final JdbcClient jdbc;
    private final MobilityService mobilities;

    BulkApproval(JdbcClient jdbc, MobilityService mobilities) {
        this.jdbc = jdbc;
        this.mobilities = mobilities;
    }

    /** The chosen mobilities, and the submitted mobilities of the chosen trips (learners before their escorts). */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<BulkResult> approve(Collection<Long> mobilityIds, Collection<Long> tripIds, CurrentUser user) {
        List<BulkResult> results = new ArrayList<>();
        for (Target target : targets(mobilityIds, tripIds)) {
            results.add(approve(target, user));
        }
        return results;
    }

    private BulkResult approve(Target target, CurrentUser user) {
        if (target.status() != MobilityStatus.SUBMITTED) {
            return BulkResult.refused(target.reference(), target.name(), NOT_WAITING, target.status().name());
        }
        try {
            mobilities.transition(target.id(), MobilityStatus.APPROVED, null, false, user);
            return BulkResult.passed(target.reference(), target.name());
        } catch (MobilityRuleException rule) {
            return BulkResult.refused(target.reference(), target.name(), rule.messageKey(), rule.args());
        } catch (OptimisticLockingFailureException concurrent) {
            return BulkResult.refused(target.reference(), target.name(), NOT_WAITING, MobilityStatus.APPROVED.name());
        } catch (AccessDeniedException denied) {
            return BulkResult.refused(target.reference(), target.name(), "trip.bulk.notYours");
        }
    }

    private List<Target> targets(Collection<Long> mobilityIds, Collection<Long> tripIds) {
        List<Long> mobilities = mobilityIds == null || mobilityIds.isEmpty() ? List.of(-1L) : List.copyOf(mobilityIds);
        List<Long> trips = tripIds == null || tripIds.isEmpty() ? List.of(-1L) : List.copyOf(tripIds);
        return jdbc.sql("""
                        select m.id, m.reference, m.status,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as name
                        from mobility m left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        where m.id in (:mobilities) or (m.trip_id in (:trips) and m.status = 'SUBMITTED')
                        order by m.trip_id nulls first, (m.student_id is null), m.id""")
                .param("mobilities", mobilities).param("trips", trips)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getString("reference"), rs.getString("name"),
                        MobilityStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
