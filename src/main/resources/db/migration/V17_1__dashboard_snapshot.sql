-- dashboard: figures of the scopes whose live computation is slow (a consortium of 1,000,000 mobilities), kept for a
-- few minutes so the page answers at once; refreshed in the background (DashboardSnapshots). Owned by the dashboard
-- module, which writes nothing else.
create table dashboard_snapshot (
    scope_key   varchar(100) primary key,
    figures     text         not null,
    computed_at timestamptz  not null,
    compute_ms  integer      not null
);
