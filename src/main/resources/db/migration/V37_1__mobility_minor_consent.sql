-- Issue 12, "minors and trips" (mobility module): a minor's parental consent is recorded per mobility with its date
-- (it must precede the departure), and so is the French exit authorisation for minors (autorisation de sortie du
-- territoire, AST). One row per mobility that has either; the student's parental_consent_date stays the default.
create table mobility_minor_consent (
    mobility_id             bigint      primary key references mobility (id) on delete cascade,
    version                 bigint      not null default 0,
    parental_consent_date   date,
    exit_authorisation_date date,
    updated_at              timestamptz not null default now(),
    updated_by              varchar(254)
);

-- its history (written with SQL, audited by shared.AuditedRows)
create table mobility_minor_consent_aud (
    mobility_id             bigint   not null,
    parental_consent_date   date,
    exit_authorisation_date date,
    rev                     bigint   not null references audit_revision (id),
    revtype                 smallint not null check (revtype in (0, 1, 2)),
    primary key (mobility_id, rev)
);
create index mobility_minor_consent_aud_rev on mobility_minor_consent_aud (rev);

-- Published read side: per mobility whether its participant is a minor on the departure day (a student under 18
-- on the start date), the parental consent that counts (the mobility's, else the student's), the exit
-- authorisation, and whether something is missing for a minor: a consent, one dated before the departure, or the
-- exit authorisation.
create view mobility_minor_view as
select m.id as mobility_id,
       coalesce(s.birth_date + interval '18 years' > m.start_date, false) as minor,
       coalesce(c.parental_consent_date, s.parental_consent_date) as parental_consent_date,
       c.exit_authorisation_date,
       coalesce(s.birth_date + interval '18 years' > m.start_date, false)
           and (coalesce(c.parental_consent_date, s.parental_consent_date) is null
                or coalesce(c.parental_consent_date, s.parental_consent_date) >= m.start_date
                or c.exit_authorisation_date is null) as consent_missing
from mobility m
left join student s on s.id = m.student_id
left join mobility_minor_consent c on c.mobility_id = m.id;
