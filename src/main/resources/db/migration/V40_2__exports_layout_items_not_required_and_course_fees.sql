-- exports (issue 11): the reporting layouts' columns still missing, as data.
-- Mobility Tool+ (calls 2014–2020): a "Grant Not Required" column for every grant item (REPORTING.md: travel,
-- individual support, organisational support, special needs support and exceptional costs each have one); special
-- needs support and exceptional costs had none. Each goes right after its item. 58 → 60 columns.
-- Beneficiary Module (calls 2021+): course fees of staff courses and training (SM-COUR-TRAIN: an amount per day for
-- at most 10 days), after exceptional costs. 46 → 47 columns. Header texts unverified, like the layout's others:
-- correct them from the template downloaded from the tool (update report_layout_column.header_text).
update report_layout_column set position = position + 100 where layout = 'MT_KA1_VET_2014' and position >= 47;
update report_layout_column set position = position - 99 where layout = 'MT_KA1_VET_2014' and position between 147 and 148;
update report_layout_column set position = position - 98 where layout = 'MT_KA1_VET_2014' and position >= 149;
insert into report_layout_column (layout, position, header_text, mandatory_for, source_key, dictionary, format) values
    ('MT_KA1_VET_2014', 47, 'EU Special Needs Support - Grant Not Required', 'ALL', 'SPECIAL_NEEDS_NOT_REQUIRED', 'YES_NO', null),
    ('MT_KA1_VET_2014', 50, 'Exceptional Costs - Grant Not Required', 'ALL', 'EXCEPTIONAL_NOT_REQUIRED', 'YES_NO', null);

update report_layout_column set position = position + 100 where layout = 'BM_KA1_VET_2021' and position >= 41;
update report_layout_column set position = position - 99 where layout = 'BM_KA1_VET_2021' and position >= 141;
insert into report_layout_column (layout, position, header_text, mandatory_for, source_key, dictionary, format) values
    ('BM_KA1_VET_2021', 41, 'Course fees', 'NONE', 'COURSE_FEES', null, null);

update report_layout set source = source || '; "Grant Not Required" per item for all five items (REPORTING.md)'
where code = 'MT_KA1_VET_2014';
update report_layout set source = source || '; course fees of SM-COUR-TRAIN (Programme Guide 2021+: per day, at most 10 days)'
where code = 'BM_KA1_VET_2021';
