-- Issue 16: the timeline finds a month's lines by their own periods (mobility.TimelineQueries): the group trips
-- overlapping the month, and the mobilities outside any trip overlapping it. At 100× the demo a busy month has 700
-- trips of 7,000 mobilities: the page reads the 700 trips, not every mobility.
create index trip_period_idx on trip using gist (daterange(start_date, end_date, '[]'));
create index mobility_solo_period_idx on mobility using gist (daterange(start_date, end_date, '[]'))
    where trip_id is null and status <> 'CANCELLED';
-- the index of V39_1 served the former query (every mobility of the month); nothing reads by it any more
drop index mobility_period_idx;
