-- Activity period and travel days apart (issue 11). From now on a mobility's and a trip's start_date / end_date are
-- the ACTIVITY's first and last day (what the host certifies); travel_days_before / _after lie outside them.
-- Until now the portal read the dates as including the travel days: the grant and the duration checks counted the
-- activity from start + travel_days_before to end − travel_days_after. The form labels only said "start"/"end", so a
-- migration cannot know what each user meant; it keeps what the portal computed and showed: every date is moved to
-- the activity it stood for (same grant, same duration check), and the dates as they were are kept in
-- activity_dates_migration, so nothing is lost and a user who had entered activity dates can put them back.
create table activity_dates_migration (
    table_name          varchar(20) not null,
    row_id              bigint      not null,
    previous_start_date date        not null,
    previous_end_date   date        not null,
    travel_days_before  integer     not null,
    travel_days_after   integer     not null,
    migrated_at         timestamptz not null default now(),
    primary key (table_name, row_id)
);

insert into activity_dates_migration (table_name, row_id, previous_start_date, previous_end_date, travel_days_before, travel_days_after)
select 'mobility', id, start_date, end_date, travel_days_before, travel_days_after from mobility
where travel_days_before + travel_days_after > 0 and start_date + travel_days_before <= end_date - travel_days_after;
insert into activity_dates_migration (table_name, row_id, previous_start_date, previous_end_date, travel_days_before, travel_days_after)
select 'trip', id, start_date, end_date, travel_days_before, travel_days_after from trip
where travel_days_before + travel_days_after > 0 and start_date + travel_days_before <= end_date - travel_days_after;

-- the participant's whole time away (travel days included) is what may not overlap another mobility of theirs
alter table mobility drop constraint mobility_student_no_overlap, drop constraint mobility_staff_no_overlap;

update mobility m set start_date = m.start_date + m.travel_days_before, end_date = m.end_date - m.travel_days_after
from activity_dates_migration a where a.table_name = 'mobility' and a.row_id = m.id;
update trip t set start_date = t.start_date + t.travel_days_before, end_date = t.end_date - t.travel_days_after
from activity_dates_migration a where a.table_name = 'trip' and a.row_id = t.id;

alter table mobility
    add constraint mobility_student_no_overlap exclude using gist
        (student_id with =, daterange(start_date - travel_days_before, end_date + travel_days_after, '[]') with &&)
        where (status <> 'CANCELLED'),
    add constraint mobility_staff_no_overlap exclude using gist
        (staff_id with =, daterange(start_date - travel_days_before, end_date + travel_days_after, '[]') with &&)
        where (status <> 'CANCELLED');
