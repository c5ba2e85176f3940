-- Issue 16: the trip list's default order (latest start first) read from an index, so a page of 25 trips reads 25
-- trips instead of sorting every trip of the consortium (6,900 at 100× the demo: 7 ms a view).
create index trip_start_order_idx on trip (start_date desc, id desc);
