-- exports: the Commission's reporting layouts as data (issue 11). One layout per programme generation, chosen by
-- the project's call year: Mobility Tool+ (MT+) for calls 2014–2020, the Beneficiary Module (BM) for 2021 and
-- later. A layout's columns (header text, mandatory mark, value source key, dictionary, format) and the dictionaries
-- that turn the portal's values into the tool's are rows: a new call year, a corrected header or a corrected code is
-- an update of these tables, never code. The source keys are the fixed set of values the portal can produce
-- (exports.ReportingValues), checked when a layout is read and by a test.
-- Replaces bm_template / bm_column (2014–2020 projects were wrongly given a Beneficiary Module layout) and
-- export_eqf_level (now the dictionary EQF).

drop table bm_column;
drop table bm_template;
drop table export_eqf_level;

create table report_layout (
    code            varchar(30)  primary key,
    label           varchar(200) not null,
    tool            varchar(10)  not null,
    generation      varchar(12)  not null,
    first_call_year integer      not null,
    last_call_year  integer,
    -- how dates are written (a java.time pattern): MT+ takes DD-MM-YYYY
    date_pattern    varchar(20)  not null,
    source          varchar(500) not null,
    constraint report_layout_tool check (tool in ('MTPLUS', 'BM')),
    constraint report_layout_generation check (generation in ('G2014_2020', 'G2021_2027')),
    constraint report_layout_years check (last_call_year is null or last_call_year >= first_call_year)
);

-- A dictionary: the tool's code for each portal value. `unlisted` says what a value without a row becomes:
-- INVALID (flagged by the completeness check) or, for countries, ISO_COUNTRY (an ISO 3166 code is written as is).
create table report_dictionary (
    code     varchar(30)  primary key,
    label    varchar(200) not null,
    unlisted varchar(12)  not null default 'INVALID',
    verified boolean      not null,
    source   varchar(500) not null,
    constraint report_dictionary_unlisted check (unlisted in ('INVALID', 'ISO_COUNTRY'))
);

create table report_dictionary_value (
    dictionary   varchar(30)  not null references report_dictionary (code) on delete cascade,
    portal_value varchar(200) not null,
    export_value varchar(200) not null,
    primary key (dictionary, portal_value)
);

-- Formats a value must match (regular expressions), named by the columns that use them.
create table report_format (
    code    varchar(20)  primary key,
    pattern varchar(200) not null,
    label   varchar(200) not null
);

create table report_layout_column (
    layout        varchar(30)  not null references report_layout (code) on delete cascade,
    position      integer      not null,
    header_text   varchar(200) not null,
    -- the rows on which a value is mandatory: every row, learners' rows, staff rows, none
    mandatory_for varchar(8)   not null,
    source_key    varchar(40)  not null,
    dictionary    varchar(30)  references report_dictionary (code),
    format        varchar(20)  references report_format (code),
    primary key (layout, position),
    constraint report_layout_column_key_once unique (layout, source_key),
    constraint report_layout_column_mandatory check (mandatory_for in ('ALL', 'LEARNER', 'STAFF', 'NONE'))
);

insert into report_layout (code, label, tool, generation, first_call_year, last_call_year, date_pattern, source) values
    ('MT_KA1_VET_2014', 'Mobility Tool+, mobility import, KA102/KA116 VET, calls 2014–2020', 'MTPLUS', 'G2014_2020', 2014, 2020,
     'dd-MM-yyyy',
     'EC wiki "Prepare the Excel file of mobilities for import into Mobility Tool+" (call 2018 example: row 2 marks mandatory and DICT columns, dates DD-MM-YYYY, booleans YES/NO); header texts as in a public MT+ exporter (youth variant); VET columns Field of Education / EQF added; verify against the template downloaded from MT+'),
    ('BM_KA1_VET_2021', 'Beneficiary Module, mobility activities, KA121-VET / KA122-VET, calls 2021 and later', 'BM', 'G2021_2027', 2021, null,
     'dd-MM-yyyy',
     'EC wiki (Beneficiary Module): activity types in KA121 projects, "Duration calculated" and "Funded duration including travel days", receiving organisation OID mandatory; header texts unverified: verify against the import template downloaded from the Beneficiary Module');

insert into report_format (code, pattern, label) values
    ('OID', '^E[0-9]{8}$', 'Organisation ID: E and 8 digits'),
    ('PIC', '^[0-9]{9}$', 'Participant Identification Code: 9 digits'),
    ('EMAIL', '^[^@\s]+@[^@\s]+\.[^@\s]+$', 'E-mail address');

insert into report_dictionary (code, label, unlisted, verified, source) values
    ('YES_NO', 'Booleans', 'INVALID', true, 'EC wiki, MT+ import (call 2018): boolean columns take only YES or NO'),
    ('COUNTRY', 'Countries (ISO 3166 except Greece EL and the United Kingdom UK)', 'ISO_COUNTRY', true,
     'EC country codes as used by MT+ and BM (EL for Greece, UK for the United Kingdom); public MT+ exporter maps GR→EL, GB→UK'),
    ('GENDER', 'Gender', 'INVALID', false, 'MT+/BM gender values Female / Male / Undefined: unverified'),
    ('MT_VET_ACTIVITY', 'Activity types, KA102/KA116 VET, calls 2014–2020 (MT+)', 'INVALID', false,
     'Erasmus+ Programme Guide 2018, VET mobility activities (wording); the MT+ KA102 activity dictionary codes were not found in a public source: unverified, correct the export values from the MT+ template'),
    ('MT_ACTIVITY_NO', 'Activity numbers of the project (MT+ "Activity No.")', 'INVALID', false,
     'The activities as numbered in the project''s MT+ record: unverified, set them from the project in MT+'),
    ('BM_VET_ACTIVITY', 'Activity types, KA121-VET/KA122-VET, calls 2021+ (BM)', 'INVALID', true,
     'EC wiki "Activity Types in KA121 projects" (LM-SHORT-VET, LM-LONG-VET, LM-SKILL-VET, SM-JOB-SHDW, SM-TTA, SM-COUR-TRAIN, OA-INV-EXP, OA-HOS-TTT)'),
    ('DISTANCE_BAND', 'Distance bands', 'INVALID', false, 'Band labels as the tools write them: unverified (bands themselves verified in the Programme Guides)'),
    ('ISCED_F', 'Fields of education (ISCED-F 2013 detailed codes) by specialty', 'INVALID', true,
     'UNESCO ISCED Fields of Education and Training 2013 (ISCED-F), detailed fields; the mapping of each specialty is the consortium''s choice'),
    ('EQF', 'EQF levels by French qualification', 'INVALID', true,
     'French national qualifications framework (décret 2019-14): CAP niveau 3 = EQF 3; bac pro, BMA niveau 4 = EQF 4; BTS niveau 5 = EQF 5; FCIL reported at the level of the bac it follows'),
    ('COUNTRY_LANGUAGE', 'Main work language by receiving country', 'INVALID', false,
     'The country''s main official language (ISO 639-1, upper case): a default the coordinator corrects where the work language differs; unverified'),
    ('RECOGNITION', 'Recognition / certification', 'INVALID', false, 'MT+ recognition dictionary: unverified');

insert into report_dictionary_value (dictionary, portal_value, export_value) values
    ('YES_NO', 'true', 'YES'), ('YES_NO', 'false', 'NO'),
    ('COUNTRY', 'GR', 'EL'), ('COUNTRY', 'GB', 'UK'),
    ('GENDER', 'F', 'Female'), ('GENDER', 'M', 'Male'), ('GENDER', 'X', 'Undefined'),
    ('MT_VET_ACTIVITY', 'LM_SHORT_VET', 'VET learners traineeships in companies abroad'),
    ('MT_VET_ACTIVITY', 'LM_LONG_VET', 'VET learners traineeships in companies abroad'),
    ('MT_VET_ACTIVITY', 'LM_SKILL_VET', 'VET learners traineeships in companies abroad'),
    ('MT_VET_ACTIVITY', 'SM_JOB_SHDW', 'Staff training abroad'),
    ('MT_VET_ACTIVITY', 'SM_COUR_TRAIN', 'Staff training abroad'),
    ('MT_VET_ACTIVITY', 'SM_TTA', 'Teaching/training assignments abroad'),
    ('MT_VET_ACTIVITY', 'OA_INV_EXP', 'Teaching/training assignments abroad'),
    ('MT_ACTIVITY_NO', 'LM_SHORT_VET', 'A1'), ('MT_ACTIVITY_NO', 'LM_LONG_VET', 'A1'), ('MT_ACTIVITY_NO', 'LM_SKILL_VET', 'A1'),
    ('MT_ACTIVITY_NO', 'SM_JOB_SHDW', 'A2'), ('MT_ACTIVITY_NO', 'SM_COUR_TRAIN', 'A2'),
    ('MT_ACTIVITY_NO', 'SM_TTA', 'A3'), ('MT_ACTIVITY_NO', 'OA_INV_EXP', 'A3'),
    ('BM_VET_ACTIVITY', 'LM_SHORT_VET', 'LM-SHORT-VET'), ('BM_VET_ACTIVITY', 'LM_LONG_VET', 'LM-LONG-VET'),
    ('BM_VET_ACTIVITY', 'LM_SKILL_VET', 'LM-SKILL-VET'), ('BM_VET_ACTIVITY', 'SM_JOB_SHDW', 'SM-JOB-SHDW'),
    ('BM_VET_ACTIVITY', 'SM_TTA', 'SM-TTA'), ('BM_VET_ACTIVITY', 'SM_COUR_TRAIN', 'SM-COUR-TRAIN'),
    ('BM_VET_ACTIVITY', 'OA_INV_EXP', 'OA-INV-EXP'), ('BM_VET_ACTIVITY', 'OA_HOS_TTT', 'OA-HOS-TTT'),
    ('DISTANCE_BAND', '10-99', '10-99 km'), ('DISTANCE_BAND', '100-499', '100-499 km'),
    ('DISTANCE_BAND', '500-1999', '500-1999 km'), ('DISTANCE_BAND', '2000-2999', '2000-2999 km'),
    ('DISTANCE_BAND', '3000-3999', '3000-3999 km'), ('DISTANCE_BAND', '4000-7999', '4000-7999 km'),
    ('DISTANCE_BAND', '8000+', '8000 km and more'),
    ('ISCED_F', 'Métiers d''art – plumassier, modiste, vêtement et accessoire de mode en cuir et fourrure', '0214'),
    ('ISCED_F', 'Menuiserie / Technicien du bâtiment', '0732'),
    ('ISCED_F', 'Métiers du commerce et de la vente', '0416'),
    ('ISCED_F', 'Systèmes numériques', '0714'),
    ('ISCED_F', 'Métiers de la mode – vêtements / Esthétique cosmétique parfumerie', '0723'),
    ('ISCED_F', 'Accompagnement, soins et services à la personne', '0923'),
    ('ISCED_F', 'Cuisine / Commercialisation et services en restauration', '1013'),
    ('ISCED_F', 'Technicien en réalisation de produits mécaniques', '0715'),
    ('ISCED_F', 'Logistique', '1041'),
    ('EQF', 'CAP', '3'), ('EQF', 'BAC_PRO', '4'), ('EQF', 'BMA', '4'), ('EQF', 'FCIL', '4'), ('EQF', 'BTS', '5'),
    ('COUNTRY_LANGUAGE', 'AT', 'DE'), ('COUNTRY_LANGUAGE', 'BE', 'FR'), ('COUNTRY_LANGUAGE', 'BG', 'BG'),
    ('COUNTRY_LANGUAGE', 'CY', 'EL'), ('COUNTRY_LANGUAGE', 'CZ', 'CS'), ('COUNTRY_LANGUAGE', 'DE', 'DE'),
    ('COUNTRY_LANGUAGE', 'DK', 'DA'), ('COUNTRY_LANGUAGE', 'EE', 'ET'), ('COUNTRY_LANGUAGE', 'ES', 'ES'),
    ('COUNTRY_LANGUAGE', 'FI', 'FI'), ('COUNTRY_LANGUAGE', 'FR', 'FR'), ('COUNTRY_LANGUAGE', 'GB', 'EN'),
    ('COUNTRY_LANGUAGE', 'GR', 'EL'), ('COUNTRY_LANGUAGE', 'HR', 'HR'), ('COUNTRY_LANGUAGE', 'HU', 'HU'),
    ('COUNTRY_LANGUAGE', 'IE', 'EN'), ('COUNTRY_LANGUAGE', 'IS', 'IS'), ('COUNTRY_LANGUAGE', 'IT', 'IT'),
    ('COUNTRY_LANGUAGE', 'LI', 'DE'), ('COUNTRY_LANGUAGE', 'LT', 'LT'), ('COUNTRY_LANGUAGE', 'LU', 'FR'),
    ('COUNTRY_LANGUAGE', 'LV', 'LV'), ('COUNTRY_LANGUAGE', 'MK', 'MK'), ('COUNTRY_LANGUAGE', 'MT', 'EN'),
    ('COUNTRY_LANGUAGE', 'NL', 'NL'), ('COUNTRY_LANGUAGE', 'NO', 'NO'), ('COUNTRY_LANGUAGE', 'PL', 'PL'),
    ('COUNTRY_LANGUAGE', 'PT', 'PT'), ('COUNTRY_LANGUAGE', 'RO', 'RO'), ('COUNTRY_LANGUAGE', 'RS', 'SR'),
    ('COUNTRY_LANGUAGE', 'SE', 'SV'), ('COUNTRY_LANGUAGE', 'SI', 'SL'), ('COUNTRY_LANGUAGE', 'SK', 'SK'),
    ('COUNTRY_LANGUAGE', 'TR', 'TR'),
    ('RECOGNITION', 'EUROPASS', 'Europass Mobility');

insert into report_layout_column (layout, position, header_text, mandatory_for, source_key, dictionary, format) values
    ('MT_KA1_VET_2014', 1, 'Grant Agreement No.', 'ALL', 'GRANT_AGREEMENT', null, null),
    ('MT_KA1_VET_2014', 2, 'Activity No.', 'ALL', 'ACTIVITY_NO', 'MT_ACTIVITY_NO', null),
    ('MT_KA1_VET_2014', 3, 'Activity Type', 'ALL', 'ACTIVITY_TYPE', 'MT_VET_ACTIVITY', null),
    ('MT_KA1_VET_2014', 4, 'Long-term Activity', 'ALL', 'LONG_TERM', 'YES_NO', null),
    ('MT_KA1_VET_2014', 5, 'Participant Id', 'ALL', 'PARTICIPANT_ID', null, null),
    ('MT_KA1_VET_2014', 6, 'First Name', 'ALL', 'FIRST_NAME', null, null),
    ('MT_KA1_VET_2014', 7, 'Last Name', 'ALL', 'LAST_NAME', null, null),
    ('MT_KA1_VET_2014', 8, 'Participant Date of Birth', 'ALL', 'BIRTH_DATE', null, null),
    ('MT_KA1_VET_2014', 9, 'Participant Gender', 'ALL', 'GENDER', 'GENDER', null),
    ('MT_KA1_VET_2014', 10, 'Participant Email', 'ALL', 'EMAIL', null, 'EMAIL'),
    ('MT_KA1_VET_2014', 11, 'Nationality', 'ALL', 'NATIONALITY', 'COUNTRY', null),
    ('MT_KA1_VET_2014', 12, 'Accompanying Person', 'ALL', 'ACCOMPANYING', 'YES_NO', null),
    ('MT_KA1_VET_2014', 13, 'Participant With Special Needs', 'ALL', 'SPECIAL_NEEDS', 'YES_NO', null),
    ('MT_KA1_VET_2014', 14, 'Participant With Fewer Opportunities', 'ALL', 'FEWER_OPPORTUNITIES', 'YES_NO', null),
    ('MT_KA1_VET_2014', 15, 'Field of Education', 'LEARNER', 'FIELD_OF_EDUCATION', 'ISCED_F', null),
    ('MT_KA1_VET_2014', 16, 'Education Level (EQF)', 'LEARNER', 'EQF_LEVEL', 'EQF', null),
    ('MT_KA1_VET_2014', 17, 'Mobility ID', 'ALL', 'MOBILITY_ID', null, null),
    ('MT_KA1_VET_2014', 18, 'Sending Organisation ID', 'ALL', 'SENDING_OID', null, 'OID'),
    ('MT_KA1_VET_2014', 19, 'Sending Organisation Legal Name', 'ALL', 'SENDING_NAME', null, null),
    ('MT_KA1_VET_2014', 20, 'Receiving Organisation ID', 'ALL', 'RECEIVING_OID', null, 'OID'),
    ('MT_KA1_VET_2014', 21, 'Receiving Organisation PIC', 'NONE', 'RECEIVING_PIC', null, 'PIC'),
    ('MT_KA1_VET_2014', 22, 'Receiving Organisation Legal Name', 'ALL', 'RECEIVING_NAME', null, null),
    ('MT_KA1_VET_2014', 23, 'Sending Country', 'ALL', 'SENDING_COUNTRY', 'COUNTRY', null),
    ('MT_KA1_VET_2014', 24, 'Sending City', 'ALL', 'SENDING_CITY', null, null),
    ('MT_KA1_VET_2014', 25, 'Receiving Country', 'ALL', 'RECEIVING_COUNTRY', 'COUNTRY', null),
    ('MT_KA1_VET_2014', 26, 'Receiving City', 'ALL', 'RECEIVING_CITY', null, null),
    ('MT_KA1_VET_2014', 27, 'Distance Band', 'ALL', 'DISTANCE_BAND', 'DISTANCE_BAND', null),
    ('MT_KA1_VET_2014', 28, 'EU Travel Grant', 'ALL', 'TRAVEL_GRANT', null, null),
    ('MT_KA1_VET_2014', 29, 'Total EU Travel Grant - Grant Not Required', 'ALL', 'TRAVEL_NOT_REQUIRED', 'YES_NO', null),
    ('MT_KA1_VET_2014', 30, 'Comments on different location than sending/receiving organisations', 'NONE', 'LOCATION_COMMENTS', null, null),
    ('MT_KA1_VET_2014', 31, 'Main Instruction/Work/Volunteering Language', 'NONE', 'MAIN_LANGUAGE', 'COUNTRY_LANGUAGE', null),
    ('MT_KA1_VET_2014', 32, 'Linguistic Preparation', 'NONE', 'LINGUISTIC_PREPARATION', null, null),
    ('MT_KA1_VET_2014', 33, 'Linguistic Preparation Grant', 'NONE', 'LINGUISTIC_GRANT', null, null),
    ('MT_KA1_VET_2014', 34, 'Start Date', 'ALL', 'START_DATE', null, null),
    ('MT_KA1_VET_2014', 35, 'End Date', 'ALL', 'END_DATE', null, null),
    ('MT_KA1_VET_2014', 36, 'Duration Calculated (days)', 'ALL', 'DURATION_CALCULATED', null, null),
    ('MT_KA1_VET_2014', 37, 'Interruption Duration (days)', 'ALL', 'INTERRUPTION_DAYS', null, null),
    ('MT_KA1_VET_2014', 38, 'Duration of Mobility Period (days)', 'ALL', 'DURATION_MOBILITY', null, null),
    ('MT_KA1_VET_2014', 39, 'Travel Days (max. 2)', 'ALL', 'TRAVEL_DAYS', null, null),
    ('MT_KA1_VET_2014', 40, 'Non-Funded Duration (days)', 'ALL', 'NON_FUNDED_DAYS', null, null),
    ('MT_KA1_VET_2014', 41, 'Funded Duration (days)', 'ALL', 'FUNDED_DAYS', null, null),
    ('MT_KA1_VET_2014', 42, 'EU Individual Support', 'ALL', 'INDIVIDUAL_SUPPORT', null, null),
    ('MT_KA1_VET_2014', 43, 'EU Individual Support - Grant Not Required', 'ALL', 'INDIVIDUAL_NOT_REQUIRED', 'YES_NO', null),
    ('MT_KA1_VET_2014', 44, 'Organisational Support', 'ALL', 'ORGANISATIONAL_SUPPORT', null, null),
    ('MT_KA1_VET_2014', 45, 'Organisational Support - Grant Not Required', 'ALL', 'ORGANISATIONAL_NOT_REQUIRED', 'YES_NO', null),
    ('MT_KA1_VET_2014', 46, 'EU Special Needs Support', 'NONE', 'SPECIAL_NEEDS_SUPPORT', null, null),
    ('MT_KA1_VET_2014', 47, 'EU Special Needs Support Comments', 'NONE', 'SPECIAL_NEEDS_COMMENTS', null, null),
    ('MT_KA1_VET_2014', 48, 'Exceptional Costs', 'NONE', 'EXCEPTIONAL_COSTS', null, null),
    ('MT_KA1_VET_2014', 49, 'Exceptional Costs Comments', 'NONE', 'EXCEPTIONAL_COMMENTS', null, null),
    ('MT_KA1_VET_2014', 50, 'Force Majeure ?', 'ALL', 'FORCE_MAJEURE', 'YES_NO', null),
    ('MT_KA1_VET_2014', 51, 'Force Majeure Explanations', 'NONE', 'FORCE_MAJEURE_COMMENTS', null, null),
    ('MT_KA1_VET_2014', 52, 'EU Mobility Total Grant Calculated', 'ALL', 'TOTAL_GRANT', null, null),
    ('MT_KA1_VET_2014', 53, 'Certifying Organisation ID 1', 'NONE', 'CERTIFYING_OID', null, 'OID'),
    ('MT_KA1_VET_2014', 54, 'Recognition System 1', 'NONE', 'RECOGNITION', 'RECOGNITION', null),
    ('MT_KA1_VET_2014', 55, 'Overall Comments', 'NONE', 'OVERALL_COMMENTS', null, null),
    ('MT_KA1_VET_2014', 56, 'Participant Report Requested On', 'NONE', 'REPORT_REQUESTED_ON', null, null),
    ('MT_KA1_VET_2014', 57, 'Participant Report Received On', 'NONE', 'REPORT_RECEIVED_ON', null, null),
    ('MT_KA1_VET_2014', 58, 'Draft Mobility', 'ALL', 'DRAFT', 'YES_NO', null);

insert into report_layout_column (layout, position, header_text, mandatory_for, source_key, dictionary, format) values
    ('BM_KA1_VET_2021', 1, 'Grant Agreement No.', 'ALL', 'GRANT_AGREEMENT', null, null),
    ('BM_KA1_VET_2021', 2, 'Mobility activity ID', 'ALL', 'MOBILITY_ID', null, null),
    ('BM_KA1_VET_2021', 3, 'Activity type', 'ALL', 'ACTIVITY_TYPE', 'BM_VET_ACTIVITY', null),
    ('BM_KA1_VET_2021', 4, 'Participant ID', 'ALL', 'PARTICIPANT_ID', null, null),
    ('BM_KA1_VET_2021', 5, 'First name', 'ALL', 'FIRST_NAME', null, null),
    ('BM_KA1_VET_2021', 6, 'Last name', 'ALL', 'LAST_NAME', null, null),
    ('BM_KA1_VET_2021', 7, 'Date of birth', 'ALL', 'BIRTH_DATE', null, null),
    ('BM_KA1_VET_2021', 8, 'Gender', 'ALL', 'GENDER', 'GENDER', null),
    ('BM_KA1_VET_2021', 9, 'Nationality', 'ALL', 'NATIONALITY', 'COUNTRY', null),
    ('BM_KA1_VET_2021', 10, 'Email', 'ALL', 'EMAIL', null, 'EMAIL'),
    ('BM_KA1_VET_2021', 11, 'Accompanying person', 'ALL', 'ACCOMPANYING', 'YES_NO', null),
    ('BM_KA1_VET_2021', 12, 'Participant with fewer opportunities', 'ALL', 'FEWER_OPPORTUNITIES', 'YES_NO', null),
    ('BM_KA1_VET_2021', 13, 'Field of education', 'LEARNER', 'FIELD_OF_EDUCATION', 'ISCED_F', null),
    ('BM_KA1_VET_2021', 14, 'EQF level', 'LEARNER', 'EQF_LEVEL', 'EQF', null),
    ('BM_KA1_VET_2021', 15, 'Sending organisation OID', 'ALL', 'SENDING_OID', null, 'OID'),
    ('BM_KA1_VET_2021', 16, 'Receiving organisation OID', 'ALL', 'RECEIVING_OID', null, 'OID'),
    ('BM_KA1_VET_2021', 17, 'Receiving organisation PIC', 'NONE', 'RECEIVING_PIC', null, 'PIC'),
    ('BM_KA1_VET_2021', 18, 'Receiving organisation name', 'ALL', 'RECEIVING_NAME', null, null),
    ('BM_KA1_VET_2021', 19, 'Sending country', 'ALL', 'SENDING_COUNTRY', 'COUNTRY', null),
    ('BM_KA1_VET_2021', 20, 'Sending city', 'ALL', 'SENDING_CITY', null, null),
    ('BM_KA1_VET_2021', 21, 'Receiving country', 'ALL', 'RECEIVING_COUNTRY', 'COUNTRY', null),
    ('BM_KA1_VET_2021', 22, 'Receiving city', 'ALL', 'RECEIVING_CITY', null, null),
    ('BM_KA1_VET_2021', 23, 'Distance band', 'ALL', 'DISTANCE_BAND', 'DISTANCE_BAND', null),
    ('BM_KA1_VET_2021', 24, 'Location comments', 'NONE', 'LOCATION_COMMENTS', null, null),
    ('BM_KA1_VET_2021', 25, 'Green travel', 'ALL', 'GREEN_TRAVEL', 'YES_NO', null),
    ('BM_KA1_VET_2021', 26, 'Start date', 'ALL', 'START_DATE', null, null),
    ('BM_KA1_VET_2021', 27, 'End date', 'ALL', 'END_DATE', null, null),
    ('BM_KA1_VET_2021', 28, 'Duration calculated (days)', 'ALL', 'DURATION_CALCULATED', null, null),
    ('BM_KA1_VET_2021', 29, 'Interruption (days)', 'ALL', 'INTERRUPTION_DAYS', null, null),
    ('BM_KA1_VET_2021', 30, 'Funded travel days', 'ALL', 'TRAVEL_DAYS', null, null),
    ('BM_KA1_VET_2021', 31, 'Funded duration including travel days', 'ALL', 'FUNDED_DAYS', null, null),
    ('BM_KA1_VET_2021', 32, 'Travel support', 'ALL', 'TRAVEL_GRANT', null, null),
    ('BM_KA1_VET_2021', 33, 'Travel support - grant not required', 'ALL', 'TRAVEL_NOT_REQUIRED', 'YES_NO', null),
    ('BM_KA1_VET_2021', 34, 'Individual support', 'ALL', 'INDIVIDUAL_SUPPORT', null, null),
    ('BM_KA1_VET_2021', 35, 'Individual support - grant not required', 'ALL', 'INDIVIDUAL_NOT_REQUIRED', 'YES_NO', null),
    ('BM_KA1_VET_2021', 36, 'Organisational support', 'ALL', 'ORGANISATIONAL_SUPPORT', null, null),
    ('BM_KA1_VET_2021', 37, 'Organisational support - grant not required', 'ALL', 'ORGANISATIONAL_NOT_REQUIRED', 'YES_NO', null),
    ('BM_KA1_VET_2021', 38, 'Inclusion support (participant)', 'NONE', 'SPECIAL_NEEDS_SUPPORT', null, null),
    ('BM_KA1_VET_2021', 39, 'Inclusion support (organisation)', 'NONE', 'INCLUSION_ORGANISATION', null, null),
    ('BM_KA1_VET_2021', 40, 'Exceptional costs for expensive travel', 'NONE', 'EXCEPTIONAL_COSTS', null, null),
    ('BM_KA1_VET_2021', 41, 'Force majeure', 'ALL', 'FORCE_MAJEURE', 'YES_NO', null),
    ('BM_KA1_VET_2021', 42, 'Force majeure explanations', 'NONE', 'FORCE_MAJEURE_COMMENTS', null, null),
    ('BM_KA1_VET_2021', 43, 'Zero grant', 'ALL', 'ZERO_GRANT', 'YES_NO', null),
    ('BM_KA1_VET_2021', 44, 'Total grant', 'ALL', 'TOTAL_GRANT', null, null),
    ('BM_KA1_VET_2021', 45, 'Participant report requested on', 'NONE', 'REPORT_REQUESTED_ON', null, null),
    ('BM_KA1_VET_2021', 46, 'Participant report received on', 'NONE', 'REPORT_RECEIVED_ON', null, null);

