-- dashboard: a snapshot is refreshed only while someone looks at its scope; one not viewed for
-- portal.dashboard.keep-if-viewed-within is dropped by the refresh (DashboardSnapshots).
alter table dashboard_snapshot add column viewed_at timestamptz not null default now();
