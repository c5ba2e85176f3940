package fr.capmob.portal.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a mobility's grant depends on ({@link GrantRules.Facts}): from the stored mobility, or from a form
 * not saved yet (its participant's school and fewer opportunities, the host's city).
 */
@Component
class GrantFacts {

    /**
     * The rank of a participant: non-cancelled mobilities of the project, accompanying persons apart, by start date then
     * id; the row comparison lets the partial index mobility_rank_idx (V43_1) count them from the index alone.
     * Arguments: project, mobility id (left out), start date, mobility id.
     */
    static final String RANK = """
            (select count(*) from mobility o where o.project_id = %s and o.status <> 'CANCELLED'
                and o.activity_type <> 'ACCOMPANYING' and o.id <> %s
                and (o.start_date, o.id) < (%s, %s)) + 1""";

    private final JdbcClient jdbc;

    GrantFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GrantRules.Facts of(long mobilityId) {
        return jdbc.sql("""
                        select m.activity_type, m.status, m.start_date, m.end_date, m.travel_days_before,
                               m.travel_days_before + m.travel_days_after as travel_days,
                               m.interruption_days, m.transport, dep.id as departure_id, dep.latitude as dep_lat, dep.longitude as dep_lon,
                               dest.country, dest.latitude as dest_lat, dest.longitude as dest_lon, m.exceptional_travel_cost,
                               m.inclusion_real_costs, m.zero_grant, coalesce(st.fewer_opportunities, false) as fewer,
                               m.force_majeure, m.force_majeure_costs,
                               """ + RANK.formatted("m.project_id", "m.id", "m.start_date", "m.id") + """
                                as rank
                        from mobility m
                        join school s on s.id = m.sending_school_id
                        left join city dep on dep.id = coalesce(m.departure_city_id, s.city_id)
                        join city dest on dest.id = m.destination_city_id
                        left join student st on st.id = m.student_id
                        where m.id = :id""")
                .param("id", mobilityId).query(GrantFacts::facts).single();
    }

    /** The facts of a form not saved yet ({@code mobilityId}: the mobility edited, null for a new one). */
    GrantRules.Facts of(MobilityCommand c, Long mobilityId) {
        boolean learner = c.activityType().isLearner();
        Long participant = learner ? c.participant().studentId() : c.participant().staffId();
        if (participant == null) {
            throw new GrantRules.Unavailable("grants.problem.incomplete");
        }
        String table = learner ? "student" : "staff_member";
        String fewer = learner ? "x.fewer_opportunities " : "false ";
        return jdbc.sql("""
                        select cast(:activity as varchar) as activity_type, cast(:status as varchar) as status,
                               cast(:start as date) as start_date, cast(:end as date) as end_date,
                               cast(:travelBefore as integer) as travel_days_before, cast(:travelDays as integer) as travel_days, cast(:interruption as integer) as interruption_days,
                               cast(:transport as varchar) as transport, dep.id as departure_id, dep.latitude as dep_lat, dep.longitude as dep_lon,
                               dest.country, dest.latitude as dest_lat, dest.longitude as dest_lon,
                               cast(:exceptional as numeric) as exceptional_travel_cost, cast(:inclusion as numeric) as inclusion_real_costs,
                               cast(:zero as boolean) as zero_grant, """ + fewer + """
                          as fewer, false as force_majeure, cast(null as numeric) as force_majeure_costs,
                               """ + RANK.formatted("cast(:project as bigint)", "cast(:current as bigint)", "cast(:start as date)", "cast(:current as bigint)") + """
                                as rank
                        from %s x
                        join school s on s.id = x.school_id
                        left join city dep on dep.id = coalesce(cast(:departure as integer), s.city_id)
                        join city dest on dest.id = coalesce(cast(:destination as integer),
                                                             (select h.city_id from host_organisation h where h.id = :host))
                        where x.id = :participant""".formatted(table))
                .params(formParams(c, mobilityId)).param("participant", participant)
                .query(GrantFacts::facts).optional()
                .orElseThrow(() -> new GrantRules.Unavailable("grants.problem.noDestination"));
    }

    private static GrantRules.Facts facts(ResultSet rs, int n) throws SQLException {
        String transport = rs.getString("transport");
        Integer departure = rs.getObject("departure_id", Integer.class);
        return new GrantRules.Facts(ActivityType.valueOf(rs.getString("activity_type")),
                MobilityStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getInt("travel_days_before"), rs.getInt("travel_days"), rs.getInt("interruption_days"),
                transport != null && Transport.valueOf(transport).isGreen(), departure,
                departure == null ? null : rs.getDouble("dep_lat"), departure == null ? null : rs.getDouble("dep_lon"),
                rs.getString("country"), rs.getDouble("dest_lat"), rs.getDouble("dest_lon"),
                rs.getBigDecimal("exceptional_travel_cost"), rs.getBigDecimal("inclusion_real_costs"),
                rs.getBoolean("zero_grant"), rs.getBoolean("fewer"), rs.getBoolean("force_majeure"),
                rs.getBigDecimal("force_majeure_costs"), (int) rs.getLong("rank"));
    }

    private static Map<String, Object> formParams(MobilityCommand c, Long mobilityId) {
        Map<String, Object> params = new HashMap<>();
        StayPeriod period = c.period();
        GrantInputs g = c.grant();
        params.put("activity", c.activityType().name());
        params.put("status", MobilityStatus.DRAFT.name());
        params.put("start", period.startDate());
        params.put("end", period.endDate());
        params.put("travelBefore", period.travelDaysBefore());
        params.put("travelDays", period.travelDays());
        params.put("interruption", period.interruptionDays());
        params.put("transport", c.placement().transport() == null ? null : c.placement().transport().name());
        params.put("exceptional", g.exceptionalTravelCost());
        params.put("inclusion", g.inclusionRealCosts());
        params.put("zero", g.zeroGrant());
        params.put("project", c.projectId());
        params.put("current", mobilityId == null ? Long.MAX_VALUE : mobilityId);
        params.put("departure", g.departureCityId());
        params.put("destination", c.placement().destinationCityId());
        params.put("host", c.placement().hostId() == null ? -1L : c.placement().hostId());
        return params;
    }
}
