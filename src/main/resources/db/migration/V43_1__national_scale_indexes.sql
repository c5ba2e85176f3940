-- Issue 16 (national scale): indexes the list pages and the grant computation need at 100× the demo.

-- A participant's rank in the project (mobility.GrantFacts.RANK, organisational-support tiers): an index-only count
-- of the project's earlier mobilities instead of reading all of them (46 ms → 3 ms for 74,100 mobilities).
create index mobility_rank_idx on mobility (project_id, start_date, id)
    where status <> 'CANCELLED' and activity_type <> 'ACCOMPANYING';

-- The consortium-wide lists of students and staff, sorted by name: the first page read from the index, not by sorting
-- every row (47,100 students).
create index student_name_idx on student (normalised_last_name, normalised_first_name, id);
create index staff_name_idx on staff_member (normalised_last_name, normalised_first_name, id);
