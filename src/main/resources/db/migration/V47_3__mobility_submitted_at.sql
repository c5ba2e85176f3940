-- Issue 16: the approval queue orders its lines by when each mobility was last submitted. It read that time from the
-- transitions, one index probe per submitted mobility on every view (600 at 100× the demo). The mobility now keeps it:
-- submitted_at, the latest of its moves to SUBMITTED, set by a trigger on mobility_transition, so every writer of
-- transitions (the lifecycle, the demo, the benchmark's generator) keeps it without knowing it. The entity does not map
-- it (Hibernate never writes it); the trigger's update does not change the row's version (no edit is refused for it).
alter table mobility add column submitted_at timestamptz;

update mobility m set submitted_at = t.at
from (select mobility_id, max(changed_at) as at from mobility_transition where to_status = 'SUBMITTED' group by mobility_id) t
where t.mobility_id = m.id;

create function mobility_keep_submitted_at() returns trigger language plpgsql as $$
begin
    -- greatest() leaves out nulls: the first submission sets it, a later one moves it forward, an older one is ignored
    update mobility set submitted_at = greatest(submitted_at, new.changed_at) where id = new.mobility_id;
    return null;
end $$;

create trigger mobility_transition_submitted after insert on mobility_transition
    for each row when (new.to_status = 'SUBMITTED') execute function mobility_keep_submitted_at();

-- the queue reads the submitted mobilities with their trip and submission time from this index alone
drop index mobility_submitted_idx;
create index mobility_submitted_idx on mobility (id) include (trip_id, submitted_at) where status = 'SUBMITTED';
drop index mobility_transition_submitted_idx;
