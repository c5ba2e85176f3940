-- National-scale data: the demo consortium multiplied by a factor (issue 16's benchmark, national-benchmark.sh).
--   psql -v factor=100 -d <database> -f national-data.sql
-- Run it ONCE on a database that holds the demo consortium only (the portal started on it with
-- --portal.demo-data.enabled=true). The demo stays as copy 0, with its ids, logins and references; copies 1 … factor-1
-- are added with set-based INSERT … SELECT (generate_series over the copy number, no row-by-row loop):
--   * every id is the demo's id + copy × (the demo's largest id of that table), so each foreign key is remapped by the
--     same offset, and the identity sequences are moved past the new ids at the end;
--   * the codes that must be unique are rewritten per copy: UAIs (with their check letter), OIDs, e-mails (users,
--     schools, staff, students, host contacts), mobility references (the project's 6 digits, the counter continued,
--     and the payment references that quote them), report-link token hashes;
--   * the two grant agreements are NOT copied: a national consortium is a few grant agreements with thousands of
--     member schools (at 100×: 3,300 member schools, 72,100 mobilities in one project, as in issue 16); their
--     granted amounts are multiplied by the factor and their mobility counters continued;
--   * reference data (gazetteer, rate tables, duration rules, export layouts) is shared, not copied; transient data
--     (sessions, one-time links, import batches) and the dashboard's cached figures are left out.
-- At the end every table is checked: multiplied by the factor, or listed as kept, or the script fails.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

select :factor::int >= 1 as factor_given \gset
select count(*) = 0 as demo_only from app_user where email ~ '\.n[0-9]+@' \gset
\if :demo_only
\else
  \echo 'national-data.sql: this database was already multiplied; start again from the demo only'
  select 1 / 0 as already_multiplied;
\endif

-- the demo's size: the id offset of each table, the rows of each table (checked at the end)
select coalesce(max(id), 0) as school_span from school \gset
select coalesce(max(id), 0) as user_span from app_user \gset
select coalesce(max(id), 0) as pair_span from tutoring_pair \gset
select coalesce(max(id), 0) as host_span from host_organisation \gset
select coalesce(max(id), 0) as student_span from student \gset
select coalesce(max(id), 0) as staff_span from staff_member \gset
select coalesce(max(id), 0) as trip_span from trip \gset
select coalesce(max(id), 0) as mobility_span from mobility \gset
select coalesce(max(id), 0) as transition_span from mobility_transition \gset
select coalesce(max(id), 0) as grant_change_span from mobility_grant_change \gset
select coalesce(max(id), 0) as report_link_span from report_link \gset
select coalesce(max(id), 0) as exam_span from exam_result \gset
select coalesce(max(id), 0) as allocation_span from budget_allocation \gset
select coalesce(max(id), 0) as payment_span from payment \gset
select coalesce(max(id), 0) as expenditure_span from expenditure \gset

-- UAIs of the copies: number (100 + copy) × 10,000 + the demo school's id, so never a demo UAI (075…)
select :school_span < 10000 and :factor::int <= 900 as uai_room \gset
\if :uai_room
\else
  select 1 / 0 as too_many_schools_for_the_uai_numbering;
\endif
-- mobility references: the project's counter continues, copy × the demo's last number; 5 digits at most
select coalesce(max(last_number), 0) * :factor::int <= 99999 as reference_room from mobility_counter \gset
\if :reference_room
\else
  \echo 'national-data.sql: the factor makes mobility references longer than 5 digits'
  select 1 / 0 as factor_too_large_for_mobility_references;
\endif

create temp table demo_count as
select table_name::text, (xpath('/row/n/text()',
       query_to_xml(format('select count(*) as n from %I', table_name), false, true, '')))[1]::text::bigint as rows
from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE';

create temp table copy as select k from generate_series(1, :factor::int - 1) k;

create temp table school_code as
select id, k, id + k * :school_span as new_id,
       lpad(((100 + k) * 10000 + id)::text, 7, '0') as number
from school, copy;

-- ---------------------------------------------------------------- consortium
insert into school (id, version, name, uai, oid, address, postcode, city, phone, email, experience, head_of_school,
                    created_at, updated_at, updated_by, city_id)
select c.new_id, s.version, s.name || ' ' || c.k,
       c.number || substr('ABCDEFGHJKLMNPRSTUVWXYZ', c.number::int % 23 + 1, 1),
       case when s.oid is not null then 'E9' || lpad(c.k::text, 3, '0') || lpad(s.id::text, 4, '0') end,
       s.address, s.postcode, s.city, s.phone,
       replace(s.email, lower(s.uai), lower(c.number || substr('ABCDEFGHJKLMNPRSTUVWXYZ', c.number::int % 23 + 1, 1))),
       s.experience, s.head_of_school, s.created_at, s.updated_at, s.updated_by, s.city_id
from school s join school_code c on c.id = s.id;

insert into school_field (school_id, field)
select f.school_id + k * :school_span, f.field from school_field f, copy;

insert into school_level (school_id, level)
select l.school_id + k * :school_span, l.level from school_level l, copy;

insert into project_school (project_id, school_id)
select ps.project_id, ps.school_id + k * :school_span from project_school ps, copy;

update project set granted_travel = granted_travel * :factor, granted_individual_support = granted_individual_support * :factor,
                   granted_organisational_support = granted_organisational_support * :factor,
                   granted_inclusion_support = granted_inclusion_support * :factor,
                   granted_exceptional_costs = granted_exceptional_costs * :factor;

insert into tutoring_pair (id, version, project_id, created_at, updated_at, updated_by)
select p.id + k * :pair_span, p.version, p.project_id, p.created_at, p.updated_at, p.updated_by from tutoring_pair p, copy;

insert into tutoring_pair_member (pair_id, project_id, school_id, role)
select m.pair_id + k * :pair_span, m.project_id, m.school_id + k * :school_span, m.role from tutoring_pair_member m, copy;

-- ---------------------------------------------------------------- account: the demo's users, once per copy
insert into app_user (id, version, email, display_name, role, school_id, active, preferred_language, password_hash,
                      failed_attempts, locked_until, password_changed_at, created_at, updated_at, updated_by)
select u.id + k * :user_span, u.version, replace(u.email, '@', '.n' || k || '@'), u.display_name || ' ' || k, u.role,
       u.school_id + k * :school_span, u.active, u.preferred_language, u.password_hash, 0, null, u.password_changed_at,
       u.created_at, u.updated_at, u.updated_by
from app_user u, copy;

-- ---------------------------------------------------------------- partner
insert into host_organisation (id, version, legal_name, normalised_name, type, intermediary, country, city_id, address,
                               website, oid, contact_name, contact_role, contact_email, contact_phone, contact_languages,
                               intermediary_id, notes, created_by_school_id, created_at, updated_at, updated_by)
select h.id + k * :host_span, h.version, h.legal_name || ' (' || k || ')', h.normalised_name || ' ' || k, h.type,
       h.intermediary, h.country, h.city_id, h.address, h.website,
       case when h.oid is not null then 'E8' || lpad(k::text, 3, '0') || lpad(h.id::text, 4, '0') end,
       h.contact_name, h.contact_role, replace(h.contact_email, '@', '.n' || k || '@'), h.contact_phone,
       h.contact_languages, h.intermediary_id + k * :host_span, h.notes, h.created_by_school_id + k * :school_span,
       h.created_at, h.updated_at, h.updated_by
from host_organisation h, copy;

insert into host_organisation_sector (host_id, sector)
select s.host_id + k * :host_span, s.sector from host_organisation_sector s, copy;

-- ---------------------------------------------------------------- participant
insert into student (id, version, school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                     birth_date, gender, nationality, email, phone, qualification_level, specialty, class_name,
                     fewer_opportunities, fewer_opportunities_justification, needs_support, parental_consent_date,
                     emergency_contact_name, emergency_contact_phone, created_at, updated_at, updated_by)
select s.id + k * :student_span, s.version, s.school_id + k * :school_span, s.last_name, s.first_name,
       s.normalised_last_name, s.normalised_first_name, s.birth_date, s.gender, s.nationality,
       replace(s.email, '@', '.n' || k || '@'), s.phone, s.qualification_level, s.specialty, s.class_name,
       s.fewer_opportunities, s.fewer_opportunities_justification, s.needs_support, s.parental_consent_date,
       s.emergency_contact_name, s.emergency_contact_phone, s.created_at, s.updated_at, s.updated_by
from student s, copy;

insert into staff_member (id, version, school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                          email, phone, role, subjects, languages, clil_certified, created_at, updated_at, updated_by)
select s.id + k * :staff_span, s.version, s.school_id + k * :school_span, s.last_name, s.first_name,
       s.normalised_last_name, s.normalised_first_name, replace(s.email, '@', '.n' || k || '@'), s.phone, s.role,
       s.subjects, s.languages, s.clil_certified, s.created_at, s.updated_at, s.updated_by
from staff_member s, copy;

-- ---------------------------------------------------------------- mobility: trips, mobilities and what hangs on them
insert into trip (id, version, project_id, name, destination_city_id, start_date, end_date, travel_days_before,
                  travel_days_after, transport, created_at, updated_at, updated_by)
select t.id + k * :trip_span, t.version, t.project_id, t.name, t.destination_city_id, t.start_date, t.end_date,
       t.travel_days_before, t.travel_days_after, t.transport, t.created_at, t.updated_at, t.updated_by
from trip t, copy;

insert into trip_school (trip_id, school_id)
select ts.trip_id + k * :trip_span, ts.school_id + k * :school_span from trip_school ts, copy;

insert into trip_host (trip_id, host_id)
select th.trip_id + k * :trip_span, th.host_id + k * :host_span from trip_host th, copy;

create temp table mobility_code as
select m.id, k, m.id + k * :mobility_span as new_id, m.reference as old_reference,
       left(m.reference, 11) || lpad((right(m.reference, 5)::int + k * c.last_number)::text, 5, '0') as reference
from mobility m join mobility_counter c on c.project_id = m.project_id, copy;

insert into mobility (id, version, project_id, reference, activity_type, student_id, staff_id, sending_school_id,
                      host_id, destination_city_id, start_date, end_date, travel_days_before, travel_days_after,
                      interruption_days, transport, learning_outcomes, tasks, mentor, status, cancellation_reason,
                      force_majeure, notes, created_at, updated_at, updated_by, trip_id, departure_city_id,
                      location_comment, exceptional_travel_cost, inclusion_real_costs, inclusion_justification,
                      zero_grant, force_majeure_costs, force_majeure_note, submitted_at)
select c.new_id, m.version, m.project_id, c.reference, m.activity_type, m.student_id + c.k * :student_span,
       m.staff_id + c.k * :staff_span, m.sending_school_id + c.k * :school_span, m.host_id + c.k * :host_span,
       m.destination_city_id, m.start_date, m.end_date, m.travel_days_before, m.travel_days_after,
       m.interruption_days, m.transport, m.learning_outcomes, m.tasks, m.mentor, m.status, m.cancellation_reason,
       m.force_majeure, m.notes, m.created_at, m.updated_at, m.updated_by, m.trip_id + c.k * :trip_span,
       m.departure_city_id, m.location_comment, m.exceptional_travel_cost, m.inclusion_real_costs,
       m.inclusion_justification, m.zero_grant, m.force_majeure_costs, m.force_majeure_note, m.submitted_at
from mobility m join mobility_code c on c.id = m.id;

update mobility_counter set last_number = last_number * :factor;

insert into mobility_transition (id, mobility_id, from_status, to_status, changed_by, changed_at, comment, force_majeure)
select t.id + k * :transition_span, t.mobility_id + k * :mobility_span, t.from_status, t.to_status, t.changed_by,
       t.changed_at, t.comment, t.force_majeure
from mobility_transition t, copy;

insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, band_from_km, band_to_km,
                            green_travel, funded_travel_days, funded_days, travel_support, exceptional_travel,
                            individual_support, organisational_support, inclusion_organisation, inclusion_participant,
                            force_majeure_costs, total, lines, computed_at, computed_by)
select g.mobility_id + k * :mobility_span, g.rate_table_id, g.frozen, g.departure_city_id, g.distance_km,
       g.band_from_km, g.band_to_km, g.green_travel, g.funded_travel_days, g.funded_days, g.travel_support,
       g.exceptional_travel, g.individual_support, g.organisational_support, g.inclusion_organisation,
       g.inclusion_participant, g.force_majeure_costs, g.total, g.lines, g.computed_at, g.computed_by
from mobility_grant g, copy;

insert into mobility_grant_change (id, mobility_id, changed_at, changed_by, reason, previous_rate_table_id,
                                   new_rate_table_id, previous_total, new_total)
select g.id + k * :grant_change_span, g.mobility_id + k * :mobility_span, g.changed_at, g.changed_by, g.reason,
       g.previous_rate_table_id, g.new_rate_table_id, g.previous_total, g.new_total
from mobility_grant_change g, copy;

insert into report_link (id, mobility_id, token_hash, created_by, created_at, expires_at, used_at)
select r.id + k * :report_link_span, r.mobility_id + k * :mobility_span,
       encode(sha256(convert_to(r.token_hash || ':' || k, 'UTF8')), 'hex'), r.created_by, r.created_at, r.expires_at,
       r.used_at
from report_link r, copy;

insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again, satisfaction,
                                learned, free_comment, practices, would_recommend, language, submitted_at)
select r.mobility_id + k * :mobility_span, r.kind, r.improved_language, r.more_confidence, r.would_go_again,
       r.satisfaction, r.learned, r.free_comment, r.practices, r.would_recommend, r.language, r.submitted_at
from participant_report r, copy;

insert into exam_result (id, version, student_id, qualification_level, session_label, session_date, result, updated_at,
                         updated_by)
select e.id + k * :exam_span, e.version, e.student_id + k * :student_span, e.qualification_level, e.session_label,
       e.session_date, e.result, e.updated_at, e.updated_by
from exam_result e, copy;

-- ---------------------------------------------------------------- funding: allocations, payments, expenditure
insert into budget_allocation (id, version, project_id, school_id, item, amount, updated_at, updated_by)
select a.id + k * :allocation_span, a.version, a.project_id, a.school_id + k * :school_span, a.item, a.amount,
       a.updated_at, a.updated_by
from budget_allocation a, copy;

insert into payment (id, mobility_id, kind, paid_on, amount, method, reference, note, corrects_payment_id,
                     over_owed_confirmed, created_at, created_by)
select p.id + c.k * :payment_span, c.new_id, p.kind, p.paid_on, p.amount, p.method,
       replace(p.reference, c.old_reference, c.reference), p.note, p.corrects_payment_id + c.k * :payment_span,
       p.over_owed_confirmed, p.created_at, p.created_by
from payment p join mobility_code c on c.id = p.mobility_id;

insert into expenditure (id, version, project_id, school_id, mobility_id, trip_id, category, supplier, invoice_number,
                         amount, spent_on, note, created_at, created_by, updated_at, updated_by)
select e.id + k * :expenditure_span, e.version, e.project_id, e.school_id + k * :school_span,
       e.mobility_id + k * :mobility_span, e.trip_id + k * :trip_span, e.category, e.supplier, e.invoice_number,
       e.amount, e.spent_on, e.note, e.created_at, e.created_by, e.updated_at, e.updated_by
from expenditure e, copy;

-- cached figures of the demo's size: recomputed by the portal
delete from dashboard_snapshot;

-- ---------------------------------------------------------------- identity sequences past the copied ids
select setval(pg_get_serial_sequence(t, 'id'), (xpath('/row/n/text()',
       query_to_xml(format('select coalesce(max(id), 0) + 1 as n from %I', t), false, true, '')))[1]::text::bigint, false)
from unnest(array['school', 'app_user', 'tutoring_pair', 'host_organisation', 'student', 'staff_member', 'trip',
                  'mobility', 'mobility_transition', 'mobility_grant_change', 'report_link', 'exam_result',
                  'budget_allocation', 'payment', 'expenditure']) t;

vacuum analyze;

-- ---------------------------------------------------------------- every table multiplied, or kept on purpose
create temp table scaled as
select d.table_name, d.rows as demo_rows, (xpath('/row/n/text()',
       query_to_xml(format('select count(*) as n from %I', d.table_name), false, true, '')))[1]::text::bigint as rows,
       d.table_name in (
           -- reference data, shared
           'city', 'rate_table', 'rate_item', 'mobility_duration_rule', 'bm_template', 'bm_column', 'export_eqf_level',
           'export_secret', 'flyway_schema_history', 'city_other_name', 'rate_text_translation',
           -- the reporting layouts and their dictionaries (issue 11), shared by every project
           'report_dictionary', 'report_dictionary_value', 'report_layout', 'report_layout_column', 'report_format',
           -- the grant agreements and their per-project settings: not copied (see the top of this file)
           'project', 'project_payment_setting', 'project_rate_table', 'mobility_counter', 'mobility_project_setting',
           -- sums per project (V45_1), kept by triggers: the projects are not copied, so their sums grow, not their rows
           'budget_project_money_sum', 'budget_project_allocation_sum',
           -- transient or cached
           'spring_session', 'spring_session_attributes', 'password_token', 'import_batch', 'dashboard_snapshot',
           -- the audit trail's revision of the demo's grants, a job lock, the retention rules: not copied
           'audit_revision', 'mobility_grant_aud', 'shedlock', 'privacy_retention_rule')
           as kept
from demo_count d;

select table_name, demo_rows, rows, case when kept then 'kept' else '×' || :factor end as scale
from scaled where demo_rows > 0 order by kept, table_name;

select count(*) = 0 as all_scaled from scaled
where not kept and rows <> demo_rows * :factor \gset
\if :all_scaled
\else
  select table_name, demo_rows, rows from scaled where not kept and rows <> demo_rows * :factor;
  select 1 / 0 as a_table_is_not_multiplied;
\endif
