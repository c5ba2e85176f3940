package fr.capmob.portal.documents;

import fr.capmob.portal.mobility.MobilityId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL over the mobility module's published view {@code mobility_view} (grant columns prefixed
 * {@code grant_}) and the tables of consortium, participant, partner and geo: one statement reads every mobility a
 * document (or a trip's combined document) prints. Scope is checked by the caller; {@link SheetRows} maps a row.
 */
@Component
class DocumentQueries {

    /**
     * Every column of the view ({@code m.*}): the mobility's own groups (its period, its learning agreement) are
     * mapped by {@code MobilityViewRows}, so a field the mobility module adds to a group reaches the documents
     * without this statement changing.
     */
    private static final String SELECT = """
            select m.*, p.number as project_number, p.title as project_title,
                   s.id as school_id, s.name as school_name, s.address as school_address, s.postcode as school_postcode,
                   s.city as school_city, s.uai, s.oid as school_oid, s.email as school_email, s.phone as school_phone,
                   s.head_of_school,
                   coalesce(st.first_name, sf.first_name) as first_name, coalesce(st.last_name, sf.last_name) as last_name,
                   st.birth_date, st.qualification_level, st.specialty, st.class_name, sf.role as staff_role,
                   h.legal_name as host_name, h.address as host_address, hc.name as host_city,
                   h.country as host_country, h.oid as host_oid, h.contact_name, h.contact_role, h.contact_email,
                   h.contact_phone,
                   c.name as city_name, c.country,
                   coalesce(pps.advance_share, :defaultShare) as advance_share
            from mobility_view m
            join project p on p.id = m.project_id
            join school s on s.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join host_organisation h on h.id = m.host_id
            left join city hc on hc.id = h.city_id
            join city c on c.id = m.destination_city_id
            left join project_payment_setting pps on pps.project_id = m.project_id
            """;

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MobilitySheet sheet(long mobilityId) {
        return jdbc.sql(SELECT + "where m.id = :id").param("id", mobilityId)
                .param("defaultShare", GrantFigures.DEFAULT_ADVANCE_SHARE)
                .query(SheetRows::sheet).single();
    }

    /** The given mobilities, in the order of {@code ids}, read by one statement. */
    List<MobilitySheet> sheets(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<MobilityId, MobilitySheet> byId = jdbc.sql(SELECT + "where m.id in (:ids)")
                .param("ids", (Collection<Long>) ids)
                .param("defaultShare", GrantFigures.DEFAULT_ADVANCE_SHARE)
                .query(SheetRows::sheet).list().stream()
                .collect(Collectors.toMap(MobilitySheet::id, Function.identity()));
        return ids.stream().map(id -> byId.get(MobilityId.of(id))).toList();
    }
}
