package fr.capmob.portal.mobility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What will refuse the approval of mobilities, for a whole page of them in ONE statement: a minor on departure
 * outside a trip or in a trip without an accompanying person, a minor in a trip beyond the project's minors per
 * accompanying person ({@link MinorsPerEscort}), an accompanying person in a trip without learners (or outside any
 * trip). The lifecycle refuses an approval with these very checks, so the queue and the refusal never disagree.
 * Parental consent is not checked here (it is checked before confirmation).
 */
@Component
class ApprovalChecks {

    static final String MINOR_WITHOUT_ESCORT = "mobility.transition.minorWithoutEscort";
    static final String RATIO_EXCEEDED = "mobility.transition.ratioExceeded";
    static final String ESCORT_WITHOUT_LEARNERS = "mobility.transition.escortWithoutLearners";

    private static final String SQL = """
            with trips as (
                select t.trip_id,
                       count(*) filter (where x.activity_type = 'ACCOMPANYING') as escorts,
                       count(*) filter (where x.student_id is not null) as learners,
                       count(*) filter (where xs.birth_date > (x.start_date - interval '18 years')) as minors
                from (select distinct trip_id from mobility where id = any(cast(:ids as bigint[])) and trip_id is not null) t
                join mobility x on x.trip_id = t.trip_id and x.status <> 'CANCELLED'
                left join student xs on xs.id = x.student_id
                group by t.trip_id)
            select m.id,
                   coalesce(st.birth_date > (m.start_date - interval '18 years'), false) as minor,
                   m.activity_type = 'ACCOMPANYING' as escort,
                   coalesce(t.escorts, 0) as escorts, coalesce(t.learners, 0) as learners, coalesce(t.minors, 0) as minors,
                   coalesce(r.minors_per_escort, :defaultRatio) as ratio
            from mobility m
            left join student st on st.id = m.student_id
            left join trips t on t.trip_id = m.trip_id
            left join mobility_project_setting r on r.project_id = m.project_id
            where m.id = any(cast(:ids as bigint[]))""";

    private record Facts(long id, boolean minor, boolean escort, long escorts, long learners, long minors, int ratio) {

        List<ApprovalRefusal> refusals() {
            List<ApprovalRefusal> refusals = new ArrayList<>();
            if (minor && escorts == 0) {
                refusals.add(new ApprovalRefusal(MINOR_WITHOUT_ESCORT, List.of()));
            } else if (minor && minors > escorts * ratio) {
                refusals.add(new ApprovalRefusal(RATIO_EXCEEDED, List.of(minors, escorts, ratio)));
            }
            if (escort && learners == 0) {
                refusals.add(new ApprovalRefusal(ESCORT_WITHOUT_LEARNERS, List.of()));
            }
            return List.copyOf(refusals);
        }
    }

    private final JdbcClient jdbc;

    ApprovalChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The refusals of each mobility (an empty list: its approval will pass these checks); one statement. */
    Map<Long, List<ApprovalRefusal>> of(Collection<Long> mobilityIds) {
        Map<Long, List<ApprovalRefusal>> result = new HashMap<>();
        if (mobilityIds.isEmpty()) {
            return result;
        }
        // one array parameter, not one parameter per id: the same statement text for any page, planned once per connection
        String ids = mobilityIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql(SQL).param("ids", ids).param("defaultRatio", MinorsPerEscort.DEFAULT)
                .query((rs, n) -> new Facts(rs.getLong("id"), rs.getBoolean("minor"), rs.getBoolean("escort"),
                        rs.getLong("escorts"), rs.getLong("learners"), rs.getLong("minors"), rs.getInt("ratio")))
                .list().forEach(facts -> result.put(facts.id(), facts.refusals()));
        return result;
    }

    /** The refusals of one mobility. */
    List<ApprovalRefusal> of(long mobilityId) {
        return of(List.of(mobilityId)).getOrDefault(mobilityId, List.of());
    }
}
