-- imports: an uploaded spreadsheet kept between its preview and the user's confirmation (re-read on confirm).
create table import_batch (
    id         uuid          primary key,
    user_id    bigint        not null references app_user (id) on delete cascade,
    kind       varchar(10)   not null,
    -- the school the rows go to (students, staff); null for host organisations
    school_id  bigint        references school (id) on delete cascade,
    file_name  varchar(255)  not null,
    payload    bytea         not null,
    created_at timestamptz   not null default now(),
    expires_at timestamptz   not null,
    constraint import_batch_kind_known check (kind in ('STUDENTS', 'STAFF', 'HOSTS'))
);
create index import_batch_expires_idx on import_batch (expires_at);
create index import_batch_user_idx on import_batch (user_id);
