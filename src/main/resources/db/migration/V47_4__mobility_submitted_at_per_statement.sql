-- Issue 16: mobility.submitted_at (V47_3) kept with one update per statement that writes submissions (none for other
-- moves) instead of one per row: every update of mobility fires the budget's statement trigger (V25_1), and the row
-- trigger made the benchmark's generator (73,500 submissions at 100× the demo) fire it 73,500 times.
drop trigger mobility_transition_submitted on mobility_transition;

create or replace function mobility_keep_submitted_at() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where to_status = 'SUBMITTED') then
        -- greatest() leaves out nulls: the first submission sets it, a later one moves it forward, an older one does not
        update mobility m set submitted_at = greatest(m.submitted_at, n.at)
        from (select mobility_id, max(changed_at) as at from new_rows where to_status = 'SUBMITTED' group by mobility_id) n
        where m.id = n.mobility_id and m.submitted_at is distinct from greatest(m.submitted_at, n.at);
    end if;
    return null;
end $$;

create trigger mobility_transition_submitted after insert on mobility_transition
    referencing new table as new_rows for each statement execute function mobility_keep_submitted_at();
