package fr.capmob.portal.documents;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.Transport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL over the tables of mobility, consortium, participant, partner, geo and funding: one statement
 * reads every mobility a document (or a trip's combined document) prints. Scope is checked by the caller.
 */
@Component
class DocumentQueries {

    private static final String SELECT = """
            select m.id, m.reference, m.activity_type, m.status, m.start_date, m.end_date, m.travel_days_before,
                   m.travel_days_after, m.interruption_days, m.transport, m.learning_outcomes, m.tasks, m.mentor,
                   m.trip_id, m.project_id, p.number as project_number, p.title as project_title,
                   s.id as school_id, s.name as school_name, s.address as school_address, s.postcode as school_postcode,
                   s.city as school_city, s.uai, s.oid as school_oid, s.email as school_email, s.phone as school_phone,
                   s.head_of_school,
                   st.id as student_id, sf.id as staff_id,
                   coalesce(st.first_name, sf.first_name) as first_name, coalesce(st.last_name, sf.last_name) as last_name,
                   st.birth_date, st.qualification_level, st.specialty, st.class_name, sf.role as staff_role,
                   h.id as host_id, h.legal_name as host_name, h.address as host_address, hc.name as host_city,
                   h.country as host_country, h.oid as host_oid, h.contact_name, h.contact_role, h.contact_email,
                   h.contact_phone,
                   c.name as city_name, c.country,
                   g.mobility_id as grant_mobility_id, g.travel_support, g.exceptional_travel, g.individual_support,
                   g.organisational_support, g.inclusion_organisation, g.inclusion_participant, g.force_majeure_costs,
                   g.total, g.frozen, g.distance_km, g.green_travel, g.funded_days, g.funded_travel_days,
                   coalesce(pps.advance_share, :defaultShare) as advance_share
            from mobility m
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join host_organisation h on h.id = m.host_id
            left join city hc on hc.id = h.city_id
            join city c on c.id = m.destination_city_id
            left join mobility_grant g on g.mobility_id = m.id
            left join project_payment_setting pps on pps.project_id = m.project_id
            """;

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MobilitySheet sheet(long mobilityId) {
        return jdbc.sql(SELECT + "where m.id = :id").param("id", mobilityId)
                .param("defaultShare", GrantFigures.DEFAULT_ADVANCE_SHARE)
                .query(DocumentQueries::sheet).single();
    }

    /** The given mobilities, in the order of {@code ids}, read by one statement. */
    List<MobilitySheet> sheets(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MobilitySheet> byId = jdbc.sql(SELECT + "where m.id in (:ids)").param("ids", (Collection<Long>) ids)
                .param("defaultShare", GrantFigures.DEFAULT_ADVANCE_SHARE)
                .query(DocumentQueries::sheet).list().stream()
                .collect(Collectors.toMap(MobilitySheet::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private static MobilitySheet sheet(ResultSet rs, int n) throws SQLException {
        var school = new MobilitySheet.Letterhead(rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("school_address"), rs.getString("school_postcode"), rs.getString("school_city"),
                rs.getString("uai"), rs.getString("school_oid"), rs.getString("school_email"),
                rs.getString("school_phone"), rs.getString("head_of_school"));
        var person = new MobilitySheet.Person(rs.getObject("student_id", Long.class), rs.getObject("staff_id", Long.class),
                rs.getString("first_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("qualification_level"), rs.getString("specialty"), rs.getString("class_name"),
                rs.getString("staff_role"));
        Long hostId = rs.getObject("host_id", Long.class);
        var host = hostId == null ? null : new MobilitySheet.HostParty(hostId, rs.getString("host_name"),
                rs.getString("host_address"), rs.getString("host_city"), rs.getString("host_country"),
                rs.getString("host_oid"), rs.getString("contact_name"), rs.getString("contact_role"),
                rs.getString("contact_email"), rs.getString("contact_phone"));
        GrantFigures grant = rs.getObject("grant_mobility_id") == null ? null : new GrantFigures(
                rs.getBigDecimal("travel_support"), rs.getBigDecimal("exceptional_travel"),
                rs.getBigDecimal("individual_support"), rs.getBigDecimal("organisational_support"),
                rs.getBigDecimal("inclusion_organisation"), rs.getBigDecimal("inclusion_participant"),
                rs.getBigDecimal("force_majeure_costs"), rs.getBigDecimal("total"), rs.getBoolean("frozen"),
                rs.getInt("distance_km"), rs.getBoolean("green_travel"), rs.getInt("funded_days"),
                rs.getInt("funded_travel_days"), rs.getBigDecimal("advance_share"));
        String transport = rs.getString("transport");
        return new MobilitySheet(rs.getLong("id"), rs.getString("reference"),
                ActivityType.valueOf(rs.getString("activity_type")), MobilityStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getInt("travel_days_before"), rs.getInt("travel_days_after"), rs.getInt("interruption_days"),
                transport == null ? null : Transport.valueOf(transport), rs.getString("learning_outcomes"),
                rs.getString("tasks"), rs.getString("mentor"), rs.getObject("trip_id", Long.class),
                rs.getLong("project_id"), rs.getString("project_number"), rs.getString("project_title"),
                school, person, host, rs.getString("city_name"), rs.getString("country"), grant);
    }
}
