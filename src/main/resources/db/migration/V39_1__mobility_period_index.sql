-- The timeline shows the mobilities whose whole period overlaps the month shown (issue 16): "period && month" on a
-- daterange, served by this GiST index (the same expression and the same leaving-out of cancelled mobilities as the
-- query), instead of a start-date index that can use only one end of the period.
create index mobility_period_idx on mobility using gist (daterange(start_date, end_date, '[]'))
    where status <> 'CANCELLED';
