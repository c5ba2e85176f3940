-- mobility (issue 11): the second incoming activity type of the 2021+ calls, hosting teachers and educators in
-- training (OA-HOS-TTT; invited experts OA-INV-EXP were already there), and two more items a mobility may not
-- require (Mobility Tool+ has a "Grant Not Required" column per grant item): special needs (inclusion) support for
-- the participant and exceptional travel costs. Until now "travel not required" also waived exceptional travel
-- costs: existing rows keep that meaning (exceptional_not_required = travel_not_required).
alter table mobility drop constraint mobility_activity_known;
alter table mobility add constraint mobility_activity_known check (activity_type in ('LM_SHORT_VET', 'LM_LONG_VET',
    'LM_SKILL_VET', 'SM_JOB_SHDW', 'SM_TTA', 'SM_COUR_TRAIN', 'ACCOMPANYING', 'OA_INV_EXP', 'OA_HOS_TTT'));

alter table mobility_reporting add column special_needs_not_required boolean not null default false;
alter table mobility_reporting add column exceptional_not_required boolean not null default false;
update mobility_reporting set exceptional_not_required = travel_not_required;
alter table mobility_reporting_aud add column special_needs_not_required boolean;
alter table mobility_reporting_aud add column exceptional_not_required boolean;

-- the published reporting read side, with the two new items at the end
create or replace view mobility_reporting_view as
select m.id as mobility_id,
       coalesce(r.long_term, false) as long_term,
       r.interruption_start, r.interruption_end,
       coalesce(r.travel_not_required, false) as travel_not_required,
       coalesce(r.individual_not_required, false) as individual_not_required,
       coalesce(r.organisational_not_required, false) as organisational_not_required,
       (select max(l.requested_at) from report_link l where l.mobility_id = m.id and l.mailed_to is not null)
           as report_requested_at,
       pr.submitted_at as report_received_at,
       coalesce(r.special_needs_not_required, false) as special_needs_not_required,
       coalesce(r.exceptional_not_required, false) as exceptional_not_required
from mobility m
left join mobility_reporting r on r.mobility_id = m.id
left join participant_report pr on pr.mobility_id = m.id;
