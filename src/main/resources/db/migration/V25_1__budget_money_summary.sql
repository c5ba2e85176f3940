-- The budget's money figures, kept summed per project, school and budget stage so that a budget page does not
-- re-aggregate every mobility and payment of the consortium on every view (issue 16: /budget took 6.5 s at 100×).
--
-- budget_mobility_money holds, per mobility, exactly the line of budget.BudgetSql.MOBILITY_MONEY (the single
-- definition of the figures: this file copies its SELECT, and BudgetMoneySummaryTest checks both agree for a
-- mobility of every kind); budget_money_sum holds the exact (unrounded) sums of those lines per project, school and
-- stage ('' for a mobility counting nowhere), so BudgetSql.SUMS gives the same figures from either.
-- Both are maintained in the same transaction as the change, by statement-level triggers on the three tables the
-- figures come from (mobility and its grant: the mobility module's tables, read here only to know WHICH mobilities
-- changed; payment: the budget's own). Every writer is covered: services, the demo loader, imports, tests and the
-- benchmark's bulk generator. The sum rows are updated in project/school/stage order (fewer deadlocks); two
-- payments of the same school wait for each other's commit on that one row.
create table budget_mobility_money (
    mobility_id    bigint primary key,
    project_id     bigint  not null,
    school_id      bigint  not null,
    stage          text    not null,
    travel         numeric not null,
    individual     numeric not null,
    organisational numeric not null,
    inclusion      numeric not null,
    exceptional    numeric not null,
    owed           numeric not null,
    paid           numeric not null,
    settled        numeric not null
);

create table budget_money_sum (
    project_id     bigint  not null,
    school_id      bigint  not null,
    stage          text    not null,
    travel         numeric not null,
    individual     numeric not null,
    organisational numeric not null,
    inclusion      numeric not null,
    exceptional    numeric not null,
    owed           numeric not null,
    paid           numeric not null,
    settled        numeric not null,
    mobilities     integer not null,
    primary key (project_id, school_id, stage)
);
create index budget_money_sum_school on budget_money_sum (school_id);

-- The MOBILITY_MONEY line of some mobilities (a string body: no dependency on mobility_view, which its module may
-- recreate).
create function budget_money_of(ids bigint[]) returns setof budget_mobility_money language sql stable as $$
    select x.mobility_id, x.project_id, x.school_id, coalesce(x.stage, ''), x.travel, x.individual, x.organisational,
           x.inclusion, x.exceptional, x.owed, x.paid, least(x.paid, x.owed) as settled
    from (select m.id as mobility_id, m.project_id, m.sending_school_id as school_id, m.budget_stage as stage,
                 m.budget_travel as travel, m.budget_individual as individual,
                 m.budget_organisational as organisational, m.budget_inclusion as inclusion,
                 m.budget_exceptional as exceptional, m.budget_total as owed,
                 (select coalesce(sum(pa.amount), 0) from payment pa where pa.mobility_id = m.id) as paid
          from mobility_view m where m.id = any(ids)) x
$$;

-- Re-reads the lines of some mobilities and moves the sums by the difference with the lines kept before.
create function budget_money_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    insert into budget_money_sum as s (project_id, school_id, stage, travel, individual, organisational, inclusion,
                                       exceptional, owed, paid, settled, mobilities)
    select d.project_id, d.school_id, d.stage, sum(d.travel), sum(d.individual), sum(d.organisational),
           sum(d.inclusion), sum(d.exceptional), sum(d.owed), sum(d.paid), sum(d.settled), sum(d.n)
    from (select f.*, 1 as n from budget_money_of(ids) f
          union all
          select o.mobility_id, o.project_id, o.school_id, o.stage, -o.travel, -o.individual, -o.organisational,
                 -o.inclusion, -o.exceptional, -o.owed, -o.paid, -o.settled, -1
          from budget_mobility_money o where o.mobility_id = any(ids)) d
    group by d.project_id, d.school_id, d.stage
    order by d.project_id, d.school_id, d.stage
    on conflict (project_id, school_id, stage) do update
        set travel = s.travel + excluded.travel, individual = s.individual + excluded.individual,
            organisational = s.organisational + excluded.organisational,
            inclusion = s.inclusion + excluded.inclusion, exceptional = s.exceptional + excluded.exceptional,
            owed = s.owed + excluded.owed, paid = s.paid + excluded.paid, settled = s.settled + excluded.settled,
            mobilities = s.mobilities + excluded.mobilities;
    delete from budget_money_sum where mobilities = 0;
    delete from budget_mobility_money where mobility_id = any(ids);
    insert into budget_mobility_money select * from budget_money_of(ids);
end $$;

-- mobility: its id; mobility_grant, payment: their mobility_id
create function budget_money_after_mobility() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform budget_money_refresh(array(select id from new_rows));
    elsif tg_op = 'UPDATE' then
        perform budget_money_refresh(array(select id from new_rows union select id from old_rows));
    else
        perform budget_money_refresh(array(select id from old_rows));
    end if;
    return null;
end $$;

create function budget_money_after_child() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform budget_money_refresh(array(select distinct mobility_id from new_rows));
    elsif tg_op = 'UPDATE' then
        perform budget_money_refresh(array(select mobility_id from new_rows union select mobility_id from old_rows));
    else
        perform budget_money_refresh(array(select distinct mobility_id from old_rows));
    end if;
    return null;
end $$;

create trigger budget_money_mobility_insert after insert on mobility referencing new table as new_rows
    for each statement execute function budget_money_after_mobility();
create trigger budget_money_mobility_update after update on mobility
    referencing old table as old_rows new table as new_rows
    for each statement execute function budget_money_after_mobility();
create trigger budget_money_mobility_delete after delete on mobility referencing old table as old_rows
    for each statement execute function budget_money_after_mobility();

create trigger budget_money_grant_insert after insert on mobility_grant referencing new table as new_rows
    for each statement execute function budget_money_after_child();
create trigger budget_money_grant_update after update on mobility_grant
    referencing old table as old_rows new table as new_rows
    for each statement execute function budget_money_after_child();
create trigger budget_money_grant_delete after delete on mobility_grant referencing old table as old_rows
    for each statement execute function budget_money_after_child();

create trigger budget_money_payment_insert after insert on payment referencing new table as new_rows
    for each statement execute function budget_money_after_child();
create trigger budget_money_payment_update after update on payment
    referencing old table as old_rows new table as new_rows
    for each statement execute function budget_money_after_child();
create trigger budget_money_payment_delete after delete on payment referencing old table as old_rows
    for each statement execute function budget_money_after_child();

select budget_money_refresh(array(select id from mobility));
