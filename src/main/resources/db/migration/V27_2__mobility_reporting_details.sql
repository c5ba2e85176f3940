-- mobility: what the Commission's tools ask about a mobility and the portal did not keep (issue 11): the
-- long-term flag (MT+ "Long-term Activity"), the interruption period's dates (the mobility keeps its number of
-- interruption days; the dates must give that number), and per grant item "grant not required" (a partial zero
-- grant: the item is computed, then set to 0 in the mobility's grant). One row per mobility that has any of them.
create table mobility_reporting (
    mobility_id                 bigint       primary key references mobility (id) on delete cascade,
    version                     bigint       not null default 0,
    long_term                   boolean      not null default false,
    interruption_start          date,
    interruption_end            date,
    travel_not_required         boolean      not null default false,
    individual_not_required     boolean      not null default false,
    organisational_not_required boolean      not null default false,
    updated_at                  timestamptz  not null default now(),
    updated_by                  varchar(254),
    constraint mobility_reporting_interruption check (
        (interruption_start is null and interruption_end is null)
        or (interruption_start is not null and interruption_end is not null and interruption_end >= interruption_start))
);

-- its history (written with SQL, audited by shared.AuditedRows)
create table mobility_reporting_aud (
    mobility_id                 bigint  not null,
    long_term                   boolean,
    interruption_start          date,
    interruption_end            date,
    travel_not_required         boolean,
    individual_not_required     boolean,
    organisational_not_required boolean,
    rev                         bigint  not null references audit_revision (id),
    revtype                     smallint not null check (revtype in (0, 1, 2)),
    primary key (mobility_id, rev)
);
create index mobility_reporting_aud_rev on mobility_reporting_aud (rev);

-- Published read side for reporting (next to mobility_view): per mobility its reporting details and the
-- participant report's dates: requested on = when the report link was e-mailed (report_link.requested_at, the
-- latest), received on = when the participant submitted the report (participant_report.submitted_at).
create view mobility_reporting_view as
select m.id as mobility_id,
       coalesce(r.long_term, false) as long_term,
       r.interruption_start, r.interruption_end,
       coalesce(r.travel_not_required, false) as travel_not_required,
       coalesce(r.individual_not_required, false) as individual_not_required,
       coalesce(r.organisational_not_required, false) as organisational_not_required,
       (select max(l.requested_at) from report_link l where l.mobility_id = m.id and l.mailed_to is not null)
           as report_requested_at,
       pr.submitted_at as report_received_at
from mobility m
left join mobility_reporting r on r.mobility_id = m.id
left join participant_report pr on pr.mobility_id = m.id;
