-- The read side of mobilities, published by the mobility module: every other module (budget, exports, documents,
-- dashboard, demo) reads mobilities, their grants and trips only through these two views, never through the tables.
-- The lifecycle stages and what a mobility counts in a budget are defined here, once (mirrored in Java by
-- mobility.MobilityStage and mobility.MobilityStatus#stage, and a test checks that both agree for every status).
--
--   stage        PLANNED                  DRAFT, SUBMITTED, APPROVED
--                COMMITTED                CONFIRMED, IN_PROGRESS, COMPLETED, REPORTED
--                CANCELLED_FORCE_MAJEURE  cancelled for force majeure (its costs incurred stay owed)
--                CANCELLED                any other cancellation (counts nowhere)
--   reportable   reported to the Commission (Beneficiary Module / Mobility Tool+): APPROVED and later, and
--                force-majeure cancellations
--   went_abroad  the participant left: IN_PROGRESS, COMPLETED, REPORTED
--   took_place   the mobility is over: COMPLETED, REPORTED (its dates are then the actual ones)
--   counted      listed in per-participant budgets: anything but an ordinary cancellation
--   budget_stage what the mobility weighs in a budget: PLANNED (live grant), COMMITTED (frozen grant, or the costs
--                of a force-majeure cancellation), null (counts nowhere: ordinary cancellation, no grant, or a
--                force-majeure cancellation without costs)
--   budget_*     its amount per budget item in that stage, exact (unrounded); a force-majeure cancellation commits
--                exactly its costs under exceptional costs and nothing else; budget_total is rounded to the cent
--                (the grant's total is rounded once by the grant computation).
create view mobility_view as
select m.id, m.reference, m.project_id, m.sending_school_id, m.student_id, m.staff_id,
       case when m.student_id is not null then 'STUDENT' else 'STAFF' end as participant_kind,
       m.activity_type, m.status, m.force_majeure, m.cancellation_reason, m.trip_id,
       m.host_id, m.destination_city_id, m.departure_city_id, m.location_comment,
       m.start_date, m.end_date, m.travel_days_before, m.travel_days_after, m.interruption_days, m.transport,
       m.learning_outcomes, m.tasks, m.mentor, m.zero_grant,
       m.exceptional_travel_cost, m.inclusion_real_costs, m.force_majeure_note,
       m.created_at, m.updated_at, m.updated_by,
       case when m.status in ('DRAFT', 'SUBMITTED', 'APPROVED') then 'PLANNED'
            when m.status <> 'CANCELLED' then 'COMMITTED'
            when m.force_majeure then 'CANCELLED_FORCE_MAJEURE'
            else 'CANCELLED' end as stage,
       (m.status in ('APPROVED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED')
            or (m.status = 'CANCELLED' and m.force_majeure)) as reportable,
       m.status in ('IN_PROGRESS', 'COMPLETED', 'REPORTED') as went_abroad,
       m.status in ('COMPLETED', 'REPORTED') as took_place,
       (m.status <> 'CANCELLED' or m.force_majeure) as counted,
       g.mobility_id is not null as has_grant,
       g.rate_table_id as grant_rate_table_id, g.frozen as grant_frozen,
       g.departure_city_id as grant_departure_city_id, g.distance_km as grant_distance_km,
       g.band_from_km as grant_band_from_km, g.band_to_km as grant_band_to_km, g.green_travel as grant_green_travel,
       g.funded_travel_days as grant_funded_travel_days, g.funded_days as grant_funded_days,
       g.travel_support as grant_travel_support, g.exceptional_travel as grant_exceptional_travel,
       g.individual_support as grant_individual_support, g.organisational_support as grant_organisational_support,
       g.inclusion_organisation as grant_inclusion_organisation, g.inclusion_participant as grant_inclusion_participant,
       g.force_majeure_costs as grant_force_majeure_costs, g.total as grant_total, g.lines as grant_lines,
       g.computed_at as grant_computed_at, g.computed_by as grant_computed_by,
       case when g.mobility_id is null then null
            when m.status in ('DRAFT', 'SUBMITTED', 'APPROVED') then 'PLANNED'
            when m.status <> 'CANCELLED' then 'COMMITTED'
            when m.force_majeure and g.force_majeure_costs > 0 then 'COMMITTED' end as budget_stage,
       case when m.status = 'CANCELLED' or g.mobility_id is null then 0 else g.travel_support end as budget_travel,
       case when m.status = 'CANCELLED' or g.mobility_id is null then 0 else g.individual_support end as budget_individual,
       case when m.status = 'CANCELLED' or g.mobility_id is null then 0 else g.organisational_support end
           as budget_organisational,
       case when m.status = 'CANCELLED' or g.mobility_id is null then 0
            else g.inclusion_organisation + g.inclusion_participant end as budget_inclusion,
       case when g.mobility_id is null then 0
            when m.status = 'CANCELLED' then case when m.force_majeure then g.force_majeure_costs else 0 end
            else g.exceptional_travel + g.force_majeure_costs end as budget_exceptional,
       case when g.mobility_id is null then 0
            when m.status = 'CANCELLED' then case when m.force_majeure then round(g.force_majeure_costs, 2) else 0 end
            else g.total end as budget_total
from mobility m
left join mobility_grant g on g.mobility_id = m.id;

-- Group trips as other modules see them (the expenditure of a trip, the documents of a trip), with the schools
-- taking part as an array.
create view trip_view as
select t.id, t.project_id, t.name, t.destination_city_id, t.start_date, t.end_date,
       t.travel_days_before, t.travel_days_after, t.transport,
       array(select ts.school_id from trip_school ts where ts.trip_id = t.id order by ts.school_id) as school_ids
from trip t;
