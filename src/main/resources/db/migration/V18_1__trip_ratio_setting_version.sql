-- mobility: the project's minors per accompanying person becomes editable (coordinators): optimistic version and
-- who changed it last, shown to a user whose save came too late.
alter table mobility_project_setting
    add column version    bigint      not null default 0,
    add column updated_at timestamptz not null default now(),
    add column updated_by varchar(254);
