-- exports: the Beneficiary Module layouts (as data), the EQF levels of the qualifications, and the secret of the
-- stable pseudonymous participant codes.

-- A Beneficiary Module import layout, chosen by the project's call year (the first template whose range holds it).
create table bm_template (
    code            varchar(20)  primary key,
    label           varchar(200) not null,
    first_call_year integer      not null,
    last_call_year  integer,
    -- the value of the "Data type" column in this layout
    data_type_value varchar(40)  not null,
    source          varchar(300) not null,
    constraint bm_template_years check (last_call_year is null or last_call_year >= first_call_year)
);

-- The columns of a layout, in order. `code` names the value the export writes (the portal knows a fixed set of codes);
-- `header_text` is the exact header of the Commission's file: a new call's layout is new rows, not new code.
create table bm_column (
    template    varchar(20)  not null references bm_template (code) on delete cascade,
    position    integer      not null,
    code        varchar(40)  not null,
    header_text varchar(200) not null,
    primary key (template, position),
    constraint bm_column_code_once unique (template, code),
    constraint bm_column_code_known check (code in ('DATA_TYPE', 'GRANT_AGREEMENT', 'MOBILITY_ID', 'ACTIVITY_TYPE',
        'PARTICIPANT_KIND', 'PARTICIPANT_ID', 'FIRST_NAME', 'LAST_NAME', 'BIRTH_DATE', 'GENDER', 'NATIONALITY', 'EMAIL',
        'FEWER_OPPORTUNITIES', 'FIELD_OF_EDUCATION', 'EQF_LEVEL', 'SENDING_OID', 'RECEIVING_OID', 'SENDING_COUNTRY',
        'SENDING_CITY', 'RECEIVING_COUNTRY', 'RECEIVING_CITY', 'DISTANCE_BAND', 'DISTANCE_KM', 'LOCATION_COMMENTS',
        'TRANSPORT', 'GREEN_TRAVEL', 'START_DATE', 'END_DATE', 'INTERRUPTION_DAYS', 'FUNDED_TRAVEL_DAYS',
        'INDIVIDUAL_SUPPORT', 'TRAVEL_SUPPORT', 'EXCEPTIONAL_TRAVEL', 'INCLUSION_PARTICIPANT', 'INCLUSION_ORGANISATION',
        'ORGANISATIONAL_SUPPORT', 'FORCE_MAJEURE', 'ZERO_GRANT', 'TOTAL_GRANT'))
);

insert into bm_template (code, label, first_call_year, last_call_year, data_type_value, source) values
    ('BM_2014_2020', 'Beneficiary Module, mobility import, calls 2014–2020', 2014, 2020, 'Mobility',
     'Beneficiary Module mobility import file (KA1 VET, calls 2014–2020); verify against the template downloaded from the Beneficiary Module'),
    ('BM_2021', 'Beneficiary Module, mobility import, calls 2021 and later', 2021, null, 'Mobility Activity',
     'Beneficiary Module mobility import file (KA1 VET, calls 2021+); verify against the template downloaded from the Beneficiary Module');

insert into bm_column (template, position, code, header_text)
select 'BM_2014_2020', ord, code, header
from unnest(
    array['DATA_TYPE', 'GRANT_AGREEMENT', 'MOBILITY_ID', 'ACTIVITY_TYPE', 'PARTICIPANT_KIND', 'PARTICIPANT_ID',
          'FIRST_NAME', 'LAST_NAME', 'BIRTH_DATE', 'GENDER', 'NATIONALITY', 'EMAIL', 'FEWER_OPPORTUNITIES',
          'FIELD_OF_EDUCATION', 'EQF_LEVEL', 'SENDING_OID', 'RECEIVING_OID', 'SENDING_COUNTRY', 'SENDING_CITY',
          'RECEIVING_COUNTRY', 'RECEIVING_CITY', 'DISTANCE_BAND', 'DISTANCE_KM', 'LOCATION_COMMENTS', 'TRANSPORT',
          'GREEN_TRAVEL', 'START_DATE', 'END_DATE', 'INTERRUPTION_DAYS', 'FUNDED_TRAVEL_DAYS', 'INDIVIDUAL_SUPPORT',
          'TRAVEL_SUPPORT', 'EXCEPTIONAL_TRAVEL', 'INCLUSION_PARTICIPANT', 'INCLUSION_ORGANISATION',
          'ORGANISATIONAL_SUPPORT', 'FORCE_MAJEURE', 'ZERO_GRANT', 'TOTAL_GRANT'],
    array['Data type', 'Grant Agreement No.', 'Mobility ID', 'Activity Type', 'Participant / Accompanying Person',
          'Participant ID', 'Participant First Name', 'Participant Last Name', 'Date of Birth', 'Gender', 'Nationality',
          'Participant Email', 'Participant with Fewer Opportunities', 'Field of Education', 'Education Level (EQF)',
          'Sending Organisation OID', 'Receiving Organisation OID', 'Sending Country', 'Sending City',
          'Receiving Country', 'Receiving City', 'Distance Band', 'Distance (km)', 'Location Comments',
          'Main Means of Transport', 'Green Travel', 'Start Date', 'End Date', 'Duration of Interruption (days)',
          'Travel Days', 'Individual Support', 'Travel Grant', 'Exceptional Costs for Expensive Travel',
          'Special Needs Support', 'Inclusion Support (organisation)', 'Organisational Support', 'Force Majeure',
          'Zero Grant', 'Total Grant']
) with ordinality as t(code, header, ord);

insert into bm_column (template, position, code, header_text)
select 'BM_2021', ord, code, header
from unnest(
    array['DATA_TYPE', 'GRANT_AGREEMENT', 'MOBILITY_ID', 'ACTIVITY_TYPE', 'PARTICIPANT_KIND', 'PARTICIPANT_ID',
          'FIRST_NAME', 'LAST_NAME', 'BIRTH_DATE', 'GENDER', 'NATIONALITY', 'EMAIL', 'FEWER_OPPORTUNITIES',
          'FIELD_OF_EDUCATION', 'EQF_LEVEL', 'SENDING_OID', 'RECEIVING_OID', 'SENDING_COUNTRY', 'SENDING_CITY',
          'RECEIVING_COUNTRY', 'RECEIVING_CITY', 'DISTANCE_BAND', 'DISTANCE_KM', 'LOCATION_COMMENTS', 'TRANSPORT',
          'GREEN_TRAVEL', 'START_DATE', 'END_DATE', 'INTERRUPTION_DAYS', 'FUNDED_TRAVEL_DAYS', 'INDIVIDUAL_SUPPORT',
          'TRAVEL_SUPPORT', 'EXCEPTIONAL_TRAVEL', 'INCLUSION_PARTICIPANT', 'INCLUSION_ORGANISATION',
          'ORGANISATIONAL_SUPPORT', 'FORCE_MAJEURE', 'ZERO_GRANT', 'TOTAL_GRANT'],
    array['Data type', 'Grant Agreement No.', 'Mobility activity ID', 'Activity type', 'Participant / Accompanying person',
          'Participant ID', 'First name', 'Last name', 'Date of birth', 'Gender', 'Nationality', 'Email',
          'Fewer opportunities', 'Field of education', 'EQF level', 'Sending organisation OID',
          'Receiving organisation OID', 'Sending country', 'Sending city', 'Receiving country', 'Receiving city',
          'Distance band', 'Distance (km)', 'Location comments', 'Main means of transport', 'Green travel',
          'Start date', 'End date', 'Interruption days', 'Funded travel days', 'Individual support', 'Travel support',
          'Exceptional travel cost', 'Inclusion support (participant)', 'Inclusion support (organisation)',
          'Organisational support', 'Force majeure', 'Zero grant', 'Total grant']
) with ordinality as t(code, header, ord);

-- The EQF level of each qualification the portal knows (Beneficiary Module column "EQF level").
create table export_eqf_level (
    qualification_level varchar(10)  primary key,
    eqf_level           integer      not null,
    source              varchar(300) not null,
    constraint export_eqf_level_range check (eqf_level between 1 and 8)
);
insert into export_eqf_level (qualification_level, eqf_level, source) values
    ('CAP', 3, 'French national qualifications framework (décret 2019-14): CAP = niveau 3 = EQF 3'),
    ('BAC_PRO', 4, 'French national qualifications framework (décret 2019-14): baccalauréat professionnel = niveau 4 = EQF 4'),
    ('BMA', 4, 'French national qualifications framework (décret 2019-14): brevet des métiers d’art = niveau 4 = EQF 4'),
    ('FCIL', 4, 'FCIL is a local one-year post-bac training without a national level: reported at the level of the bac it follows (EQF 4); verify per training'),
    ('BTS', 5, 'French national qualifications framework (décret 2019-14): BTS = niveau 5 = EQF 5');

-- The secret of the pseudonymous participant codes (HMAC-SHA256), drawn once per installation, never shown.
-- gen_random_uuid() draws from PostgreSQL's strong random source (two UUIDs: 244 random bits).
create table export_secret (
    id     smallint primary key default 1,
    secret bytea    not null,
    created_at timestamptz not null default now(),
    constraint export_secret_single check (id = 1),
    constraint export_secret_length check (length(secret) >= 32)
);
insert into export_secret (id, secret)
values (1, decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));
