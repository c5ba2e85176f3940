package fr.capmob.portal.mobility;

import static fr.capmob.portal.mobility.MobilityAttention.*;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.WorkItem;
import fr.capmob.portal.account.WorkItemSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mobilities waiting for someone, on the home pages, each a count and a link to the filtered list, in ONE SQL
 * statement whatever the data. Coordinators: submissions waiting, trips leaving within 30 days with a missing consent
 * or documents, grants to recompute, reports not returned. A school's referent, for their school: mobilities sent
 * back, drafts, missing consents and documents before departure, report links not sent, reports not returned.
 */
@Component
class MobilityWorkItems implements WorkItemSource {

    private static final List<MobilityAttention> COUNTED = List.of(WAITING, SENT_BACK, DRAFT, CONSENT_MISSING,
            DOCUMENTS_MISSING, GRANT_TO_RECOMPUTE, REPORT_MISSING, REPORT_LINK_NOT_SENT, REPORT_NOT_RETURNED);

    private static final String COUNTS = "select " + String.join(", ", COUNTED.stream()
            .map(a -> MobilityConditions.filter(a) + " as " + a.name().toLowerCase()).toList())
            + ", count(distinct m.trip_id) filter (where " + MobilityConditions.of(LEAVING_SOON) + ") as leaving_soon"
            + " from mobility m where (:all or m.sending_school_id = :userSchool)";

    private record Counts(java.util.Map<MobilityAttention, Long> of) {
    }

    private final JdbcClient jdbc;

    MobilityWorkItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> itemsFor(CurrentUser user) {
        if (user.role() != Role.COORDINATOR && user.role() != Role.SCHOOL_REFERENT) {
            return List.of();
        }
        Counts counts = jdbc.sql(COUNTS).param("all", user.isCoordinator())
                .param("userSchool", user.schoolId() == null ? -1L : user.schoolId())
                .query((rs, n) -> {
                    java.util.Map<MobilityAttention, Long> of = new java.util.EnumMap<>(MobilityAttention.class);
                    for (MobilityAttention attention : MobilityAttention.values()) {
                        of.put(attention, rs.getLong(attention.name().toLowerCase()));
                    }
                    return new Counts(of);
                }).single();
        return user.isCoordinator() ? coordinator(counts) : referent(counts);
    }

    private static List<WorkItem> coordinator(Counts counts) {
        return List.of(new WorkItem(100, "mobility.work.waiting", counts.of().get(WAITING), "/approvals"),
                item(110, LEAVING_SOON, counts), item(120, GRANT_TO_RECOMPUTE, counts), item(130, REPORT_MISSING, counts));
    }

    private static List<WorkItem> referent(Counts counts) {
        return List.of(item(100, SENT_BACK, counts), item(110, DRAFT, counts), item(120, CONSENT_MISSING, counts),
                item(130, DOCUMENTS_MISSING, counts), item(140, REPORT_LINK_NOT_SENT, counts),
                item(150, REPORT_NOT_RETURNED, counts));
    }

    private static WorkItem item(int order, MobilityAttention attention, Counts counts) {
        return new WorkItem(order, "mobility.work." + attention.name(), counts.of().get(attention),
                "/mobilities?attention=" + attention.name());
    }
}
