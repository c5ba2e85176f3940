package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Gives participants their own mobility in a trip and moves the trip's mobilities all at once, one by one: one
 * refused does not stop the others, and each result says what passed and why the others did not.
 */
@Component
class TripParticipants {

    private record Person(String name, long schoolId) {
    }

    private record Line(long id, String reference, String name, MobilityStatus status, long schoolId) {
    }

    private final MobilityService mobilities;
    private final MobilityReferences references;
    private final JdbcClient jdbc;

    TripParticipants(MobilityService mobilities, MobilityReferences references, JdbcClient jdbc) {
        this.mobilities = mobilities;
        this.references = references;
        this.jdbc = jdbc;
    }

    /** Learners with {@code learnerActivity} (LM-SHORT-VET by default), staff as accompanying persons. */
    List<BulkResult> add(TripDetails trip, List<Long> studentIds, List<Long> staffIds, ActivityType learnerActivity,
                         Long hostId, CurrentUser user) {
        ActivityType activity = learnerActivity != null && learnerActivity.isLearner() ? learnerActivity : ActivityType.LM_SHORT_VET;
        Long host = hostId != null && trip.hosts().stream().anyMatch(h -> h.id() == hostId) ? hostId
                : trip.hosts().get(0).id();
        Placement placement = new Placement(host, trip.destinationCityId(), trip.transport());
        StayPeriod period = new StayPeriod(trip.startDate(), trip.endDate(), trip.travelDaysBefore(),
                trip.travelDaysAfter(), 0);
        List<BulkResult> results = new ArrayList<>();
        for (Long studentId : studentIds == null ? List.<Long>of() : studentIds) {
            results.add(add(trip, new MobilityCommand(trip.projectId(), activity, MobilityParticipant.student(studentId),
                    placement, period), "student", studentId, user));
        }
        for (Long staffId : staffIds == null ? List.<Long>of() : staffIds) {
            results.add(add(trip, new MobilityCommand(trip.projectId(), ActivityType.ACCOMPANYING,
                    MobilityParticipant.staff(staffId), placement, period), "staff_member", staffId, user));
        }
        return results;
    }

    private BulkResult add(TripDetails trip, MobilityCommand command, String table, long participantId, CurrentUser user) {
        Person person = jdbc.sql("select last_name || ' ' || first_name, school_id from " + table + " where id = :id")
                .param("id", participantId).query((rs, n) -> new Person(rs.getString(1), rs.getLong(2))).optional()
                .orElse(new Person("#" + participantId, -1));
        if (!trip.schoolIds().contains(person.schoolId())) {
            return BulkResult.refused("—", person.name(), "trip.participant.otherSchool");
        }
        try {
            long id = mobilities.create(command, trip.id(), user);
            return BulkResult.passed(references.of(id), person.name());
        } catch (MobilityRuleException rule) {
            return BulkResult.refused("—", person.name(), rule.messageKey(), rule.args());
        }
    }

    /** Moves every active mobility of the trip that is not there yet; accompanying persons last. */
    List<BulkResult> move(long tripId, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        List<BulkResult> results = new ArrayList<>();
        for (Line line : activeLines(tripId)) {
            if (line.status() != to) {
                results.add(move(line, to, comment, forceMajeure, user));
            }
        }
        return results;
    }

    private BulkResult move(Line line, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        if (!user.canRead(line.schoolId())) {
            return BulkResult.refused(line.reference(), line.name(), "trip.bulk.otherSchool");
        }
        try {
            mobilities.transition(line.id(), to, comment, forceMajeure, user);
            return BulkResult.passed(line.reference(), line.name());
        } catch (MobilityRuleException rule) {
            return BulkResult.refused(line.reference(), line.name(), rule.messageKey(), rule.args());
        } catch (AccessDeniedException denied) {
            return BulkResult.refused(line.reference(), line.name(), "trip.bulk.notYours");
        }
    }

    /** Accompanying persons last: they need their learners approved alongside, minors need their escort. */
    private List<Line> activeLines(long tripId) {
        return jdbc.sql("""
                        select m.id, m.reference, m.status, m.sending_school_id,
                               coalesce(st.last_name || ' ' || st.first_name, sf.last_name || ' ' || sf.first_name) as name
                        from mobility m left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        where m.trip_id = :t and m.status <> 'CANCELLED' order by (m.student_id is null), m.id""")
                .param("t", tripId)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getString("reference"), rs.getString("name"),
                        MobilityStatus.valueOf(rs.getString("status")), rs.getLong("sending_school_id")))
                .list();
    }
}
