-- Issue 16: the approval queue's page read every submitted mobility to group them in lines (a trip once) and sort the
-- lines by their earliest submission: 9,800 mobilities at 100× the demo, 6 ms a view. A line is now read from its
-- first mobility (the "head": no earlier submitted mobility of the same trip), walking the submitted mobilities in
-- submission order and stopping at the page's end; the head test and a trip's mobilities are one probe of the second
-- index, which also counts the trips of the queue from the index alone. Replaces V47_3's mobility_submitted_idx.
drop index mobility_submitted_idx;
create index mobility_queue_idx on mobility ((coalesce(submitted_at, '-infinity')), id) include (trip_id)
    where status = 'SUBMITTED';
create index mobility_queue_trip_idx on mobility (trip_id, (coalesce(submitted_at, '-infinity')), id)
    where status = 'SUBMITTED';
