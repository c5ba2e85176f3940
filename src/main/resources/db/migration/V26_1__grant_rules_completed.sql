-- Grant rules completed (issue 11). The seeded tables lacked figures; the rows are added to every version of the
-- families concerned that lacks them (a completion of the seed, not a change of a figure: no stored figure changes,
-- stored grants keep theirs until an explicit recomputation). Each row carries its source; verify = true where the
-- figure is an example or could not be checked against a public source.
create temporary table rate_item_completion (generation varchar(12), min_call integer, max_call integer, kind varchar(30),
    code varchar(30), amount numeric(12, 4), text_value varchar(30), source varchar(2000), verify boolean);

insert into rate_item_completion values
    -- Poland was missing from the 2021+ groups (a learner sent to Warsaw got 0 € individual support)
    ('G2021_2027', 2021, 2100, 'COUNTRY_GROUP', 'PL', null, 'G3', 'Erasmus+ Programme Guide 2021+, receiving-country groups: group 3 (BG CZ EE HR HU LT LV MK PL RO RS SI SK TR)', false),
    -- exceptional costs for expensive travel: only where the band amount covers less than 70 % of the real cost
    ('G2014_2020', 2014, 2020, 'PARAMETER', 'EXCEPTIONAL_TRAVEL_THRESHOLD', 0.70, null, 'Erasmus+ Programme Guide: exceptional costs for expensive travel (up to 80 % of the real cost) only where the distance-band amount covers less than 70 % of the real travel cost', false),
    ('G2021_2027', 2021, 2100, 'PARAMETER', 'EXCEPTIONAL_TRAVEL_THRESHOLD', 0.70, null, 'Erasmus+ Programme Guide 2021+: exceptional costs for expensive travel (up to 80 % of the real cost) only where the distance-band amount covers less than 70 % of the real travel cost', false),
    -- accompanying persons 2014–2020: individual support for at most 60 days
    ('G2014_2020', 2014, 2020, 'PARAMETER', 'ACCOMPANYING_MAX_DAYS', 60, null, 'KA102 2014–2020: individual support of accompanying persons for at most 60 days (Slovak national agency FAQ; check against the grant agreement)', true),
    -- ErasmusPro: longer than 3 months in both generations
    ('G2014_2020', 2018, 2020, 'PARAMETER', 'ERASMUS_PRO_MIN_DAYS', 90, null, 'ErasmusPro (calls 2018–2020): long-term VET learner mobility of 3 to 12 months', false),
    ('G2021_2027', 2021, 2100, 'PARAMETER', 'ERASMUS_PRO_MIN_DAYS', 90, null, 'Erasmus+ Programme Guide 2021+, ErasmusPro: 90 to 365 days', false),
    -- course fees, staff courses and training (SM-COUR-TRAIN), 2021+: per day, for at most 10 days per participant
    ('G2021_2027', 2021, 2100, 'PARAMETER', 'COURSE_FEE_PER_DAY', 80, null, 'Course fees 2021+: 80 € per participant per day (figure seen in course providers'' pages; check against the grant agreement)', true),
    ('G2021_2027', 2021, 2100, 'PARAMETER', 'COURSE_FEE_MAX_DAYS', 10, null, 'Course fees 2021+: at most 10 days per participant (Beneficiary Module warns above 10 × the daily unit cost)', false),
    -- preparatory visits (calls 2021+): a lump sum per person, up to 3 persons per visit
    ('G2021_2027', 2021, 2100, 'PARAMETER', 'PREPARATORY_VISIT_PER_PERSON', 575, null, 'Preparatory visits 2021+: unit cost per person, up to 3 persons per visit (amount unverified: check against the grant agreement)', true),
    -- hosting teachers and educators in training (OA-HOS-TTT), calls 2021+
    ('G2021_2027', 2021, 2100, 'ORGANISATIONAL_ACTIVITY', 'HOSTED_TEACHER', 100, null, 'Hosting teachers and educators in training (OA-HOS-TTT): organisational support per hosted person (amount unverified: check against the grant agreement)', true),
    -- staff and learners from day 15, as the Polish agency publishes them (whole euros) for the example rates of these tables
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G1.STAFF', 82, null, 'Staff and accompanying persons, G1, from day 15: example amount of the Polish national agency, call 2021 (117 → 82) — verify against your grant agreement', true),
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G2.STAFF', 73, null, 'Staff and accompanying persons, G2, from day 15: example amount of the Polish national agency, call 2021 (104 → 73) — verify against your grant agreement', true),
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G3.STAFF', 64, null, 'Staff and accompanying persons, G3, from day 15: example amount of the Polish national agency, call 2021 (91 → 64) — verify against your grant agreement', true),
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G1.LEARNER', 45, null, 'Learners, G1, from day 15: example amount of the Polish national agency, call 2021 (64 → 45) — verify against your grant agreement', true),
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G2.LEARNER', 39, null, 'Learners, G2, from day 15: example amount of the Polish national agency, call 2021 (56 → 39) — verify against your grant agreement', true),
    ('G2021_2027', 2021, 2100, 'DAILY_RATE_REDUCED', 'G3.LEARNER', 34, null, 'Learners, G3, from day 15: example amount of the Polish national agency, call 2021 (48 → 34) — verify against your grant agreement', true);

insert into rate_item (rate_table_id, kind, code, amount, text_value, source, verify)
select t.id, c.kind, c.code, c.amount, c.text_value, c.source, c.verify
from rate_table t
join rate_item_completion c on c.generation = t.generation and t.call_year between c.min_call and c.max_call
where not exists (select 1 from rate_item i where i.rate_table_id = t.id and i.kind = c.kind and i.code = c.code);

drop table rate_item_completion;

-- ErasmusPro is longer than 3 months in 2014–2020 too (was 14 days, the short-term minimum)
update mobility_duration_rule set min_days = 90,
    source = 'Erasmus+ Programme Guide 2018–2020, ErasmusPro: long-term VET learner mobility of 3 to 12 months (90 to 365 days)'
where generation = 'G2014_2020' and activity_type = 'LM_LONG_VET';
