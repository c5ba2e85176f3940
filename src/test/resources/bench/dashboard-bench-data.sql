-- Benchmark data for the impact dashboard: a consortium 1,400× CAPMOB 2.0's size in mobilities.
-- 3,300 schools, 100 projects of 33 schools, 1,000 host organisations in 30 countries,
-- 700,000 students and 300,000 staff with one mobility each (1,000,000 mobilities over 2015–2024,
-- 80% gone abroad), a learner report for every reported learner mobility (280,000), an exam result for every student.
-- Run on a scratch database migrated by the portal (see dashboard-benchmark.sh); takes a few minutes.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

insert into school (name, uai, city, city_id, experience, updated_by)
select 'Lycée bench ' || g, lpad((1000000 + g)::text, 7, '0') || 'A', 'Paris',
       (select min(id) from city where name = 'Paris' and country = 'FR'),
       case when g % 3 = 0 then 'EXPERIENCED' else 'NOVICE' end, 'bench'
from generate_series(1, 3300) g;

create temp table bench_school as
select id, row_number() over (order by id) - 1 as n from school where updated_by = 'bench';

insert into school_field (school_id, field)
select id, (array['FASHION_BEAUTY', 'CUSTOMER_RELATIONS', 'HOSPITALITY_CATERING', 'INDUSTRY', 'ARTS_CRAFTS',
                  'BUILDING', 'HEALTH_SOCIAL', 'DIGITAL_ELECTRONICS', 'LOGISTICS_TRANSPORT'])[1 + n % 9]
from bench_school;

insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date, status)
select (2015 + g % 10) || '-1-FR01-KA102-' || lpad((900000 + g)::text, 6, '0'), 'Bench project ' || g, 'G2014_2020',
       2015 + g % 10, 'KA102', 'FR01', date '2015-01-01', date '2025-12-31', 'RUNNING'
from generate_series(1, 100) g;

create temp table bench_project as
select id, row_number() over (order by id) - 1 as n from project where title like 'Bench project %';

insert into project_school (project_id, school_id)
select p.id, s.id from bench_school s join bench_project p on p.n = s.n / 33;

create temp table bench_city as
select id, country, row_number() over (order by country) - 1 as n
from (select distinct on (country) id, country from city order by country, id) c
order by country limit 30;

insert into host_organisation (legal_name, normalised_name, type, country, city_id, updated_by)
select 'Bench host ' || g, 'bench host ' || g, 'COMPANY', c.country, c.id, 'bench'
from generate_series(0, 999) g join bench_city c on c.n = g % 30;

create temp table bench_host as
select id, city_id, row_number() over (order by id) - 1 as n from host_organisation where updated_by = 'bench';

insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name, birth_date,
                     nationality, qualification_level, fewer_opportunities, updated_by)
select s.id, 'Eleve' || g, 'Bench', 'eleve' || g, 'bench', date '1998-01-01' + (g % 3650), 'FR',
       (array['CAP', 'BAC_PRO', 'BMA', 'FCIL', 'BTS'])[1 + g % 5], g % 3 <> 0, 'bench'
from generate_series(0, 699999) g join bench_school s on s.n = g % 3300;

insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name, role, updated_by)
select s.id, 'Prof' || g, 'Bench', 'prof' || g, 'bench', 'TEACHER', 'bench'
from generate_series(0, 299999) g join bench_school s on s.n = g % 3300;

-- the learners' mobilities, then the staff's (job shadowing: no group trip needed)
insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id, destination_city_id,
                      start_date, end_date, status, updated_by)
select p.id, lpad((800000 + st.rn / 100000)::text, 6, '0') || '-MOB-' || lpad((st.rn % 100000)::text, 5, '0'),
       'LM_SHORT_VET', st.id, st.school_id, h.id, h.city_id,
       date '2015-01-05' + (st.rn * 7 % 3600)::int, date '2015-01-05' + (st.rn * 7 % 3600)::int + 11 + (st.rn % 51)::int,
       (array['REPORTED', 'REPORTED', 'REPORTED', 'REPORTED', 'COMPLETED', 'COMPLETED', 'IN_PROGRESS', 'IN_PROGRESS',
              'APPROVED', 'DRAFT'])[1 + st.rn % 10], 'bench'
from (select id, school_id, row_number() over (order by id) - 1 as rn from student where updated_by = 'bench') st
join bench_school s on s.id = st.school_id
join bench_project p on p.n = s.n / 33
join bench_host h on h.n = st.rn % 1000;

insert into mobility (project_id, reference, activity_type, staff_id, sending_school_id, host_id, destination_city_id,
                      start_date, end_date, status, cancellation_reason, updated_by)
select p.id, lpad((810000 + sf.rn / 100000)::text, 6, '0') || '-MOB-' || lpad((sf.rn % 100000)::text, 5, '0'),
       'SM_JOB_SHDW', sf.id, sf.school_id, h.id, h.city_id,
       date '2015-01-05' + (sf.rn * 11 % 3600)::int, date '2015-01-05' + (sf.rn * 11 % 3600)::int + 4 + (sf.rn % 20)::int,
       (array['REPORTED', 'REPORTED', 'COMPLETED', 'COMPLETED', 'IN_PROGRESS', 'CANCELLED'])[1 + sf.rn % 6], case when sf.rn % 6 = 5 then 'bench' end, 'bench'
from (select id, school_id, row_number() over (order by id) - 1 as rn from staff_member where updated_by = 'bench') sf
join bench_school s on s.id = sf.school_id
join bench_project p on p.n = s.n / 33
join bench_host h on h.n = sf.rn % 1000;

insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again, satisfaction,
                                language, submitted_at)
select m.id, 'LEARNER', m.id % 25 <> 0, m.id % 7 <> 0, m.id % 50 <> 0, 3 + (m.id % 3)::int, 'fr', now()
from mobility m where m.updated_by = 'bench' and m.status = 'REPORTED' and m.student_id is not null;

insert into exam_result (student_id, qualification_level, session_label, session_date, result, updated_by)
select st.id, st.qualification_level, 'Session juin 2020', date '2020-06-20',
       case when st.id % 20 = 0 then 'FAILED' when st.id % 17 = 0 then 'PENDING' else 'PASSED' end, 'bench'
from student st where st.updated_by = 'bench';

vacuum analyze;
select (select count(*) from mobility) as mobilities, (select count(*) from participant_report) as reports,
       (select count(*) from exam_result) as exam_results;
