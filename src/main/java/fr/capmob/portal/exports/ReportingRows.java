package fr.capmob.portal.exports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The rows of a project's reporting file, one per mobility reported to the Commission ({@code reportable} in the
 * mobility module's read side: approved and later, and force-majeure cancellations), each with every value the
 * portal can report ({@link ReportingValues}), read in one streamed query over the published views
 * {@code mobility_view} and {@code mobility_reporting_view}. The activity dates are the stored dates without the
 * travel days at each end (the stored dates include them); course fees are the grant's COURSE_FEES lines;
 * never exported: health, the fewer-opportunities
 * justification, emergency contacts, notes.
 */
@Component
class ReportingRows {

    private static final String ROWS = """
            select m.id, m.reference, p.number, m.activity_type, m.student_id, m.staff_id, m.host_id, m.sending_school_id,
                   case when m.activity_type = 'ACCOMPANYING' then coalesce(
                       (select o.activity_type from mobility_view o
                        where o.trip_id = m.trip_id and o.participant_kind = 'STUDENT' and o.counted
                        group by o.activity_type order by count(*) desc, o.activity_type limit 1), 'LM_SHORT_VET')
                        else m.activity_type end as reported_activity,
                   coalesce(st.first_name, sf.first_name) as first_name, coalesce(st.last_name, sf.last_name) as last_name,
                   coalesce(st.birth_date, sf.birth_date) as birth_date, coalesce(st.gender, sf.gender) as gender,
                   coalesce(st.nationality, sf.nationality) as nationality, coalesce(st.email, sf.email) as email,
                   coalesce(st.fewer_opportunities, false) as fewer_opportunities, st.specialty, st.qualification_level,
                   sc.oid as sending_oid, sc.name as sending_name,
                   h.oid as receiving_oid, h.pic as receiving_pic, h.legal_name as receiving_name,
                   dep.country as sending_country, dep.name as sending_city,
                   dest.country as receiving_country, dest.name as receiving_city,
                   m.has_grant, m.grant_band_from_km, m.grant_band_to_km, m.grant_distance_km, m.location_comment,
                   m.transport, m.grant_green_travel, m.took_place,
                   m.start_date as activity_start, m.end_date as activity_end,
                   m.interruption_days, m.grant_funded_travel_days, m.grant_funded_days,
                   round(m.grant_individual_support, 2) as individual_support,
                   round(m.grant_travel_support, 2) as travel_support,
                   round(m.grant_exceptional_travel, 2) as exceptional_travel,
                   round(m.grant_inclusion_participant, 2) as inclusion_participant,
                   round(m.grant_inclusion_organisation, 2) as inclusion_organisation,
                   round(m.grant_organisational_support, 2) as organisational_support,
                   case when m.has_grant then round((select sum((l ->> 'amount')::numeric)
                        from jsonb_array_elements(m.grant_lines) l where l ->> 'item' = 'COURSE_FEES'), 2) end as course_fees,
                   m.force_majeure, m.force_majeure_note, m.zero_grant, m.grant_total,
                   r.long_term, r.interruption_start, r.interruption_end, r.travel_not_required,
                   r.individual_not_required, r.organisational_not_required, r.special_needs_not_required,
                   r.exceptional_not_required,
                   (r.report_requested_at at time zone 'Europe/Paris')::date as report_requested_on,
                   (r.report_received_at at time zone 'Europe/Paris')::date as report_received_on
            from mobility_view m
            join mobility_reporting_view r on r.mobility_id = m.id
            join project p on p.id = m.project_id
            join school sc on sc.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join host_organisation h on h.id = m.host_id
            left join city dep on dep.id = coalesce(m.grant_departure_city_id, m.departure_city_id, sc.city_id)
            join city dest on dest.id = m.destination_city_id
            where m.project_id = :project and (cast(:school as bigint) is null or m.sending_school_id = :school)
              and m.reportable
            order by m.reference
            """;

    private final StreamingReads reads;
    private final ParticipantCodes codes;

    ReportingRows(StreamingReads reads, ParticipantCodes codes) {
        this.reads = reads;
        this.codes = codes;
    }

    /** Hands every row of the project (of one school when {@code schoolId} is set) to {@code each}, in reference order. */
    void each(long projectId, Long schoolId, Consumer<ReportingValues> each) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("project", projectId);
        scope.put("school", schoolId);
        reads.each(ROWS, scope, rs -> each.accept(ReportingValues.of(rs, codes)));
    }
}
