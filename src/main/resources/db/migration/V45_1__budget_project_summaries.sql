-- Issue 16: the budget pages' project figures read per project, not per school. At 100× the demo a project has 3,300
-- member schools: its totals summed from budget_money_sum (one row per project, school and stage) and its allocations
-- summed from budget_allocation (one row per school and item) took 3–4 ms a view, 40 times their time at 1×.
-- Two tables kept by triggers in the same transaction as every change of those rows hold the sums per project:
--   budget_project_money_sum       the columns of budget_money_sum summed per project and stage (budget.BudgetSql);
--   budget_project_allocation_sum  the allocations summed per project and item.
-- A TRUNCATE of budget_money_sum (a migration that recounts it) empties the first: the rows inserted again refill it.

create table budget_project_money_sum (
    project_id     bigint  not null,
    stage          text    not null,
    travel         numeric not null default 0,
    individual     numeric not null default 0,
    organisational numeric not null default 0,
    inclusion      numeric not null default 0,
    exceptional    numeric not null default 0,
    owed           numeric not null default 0,
    paid           numeric not null default 0,
    settled        numeric not null default 0,
    mobilities     integer not null default 0,
    written_off    numeric not null default 0,
    payments       integer not null default 0,
    primary key (project_id, stage)
);

insert into budget_project_money_sum (project_id, stage, travel, individual, organisational, inclusion, exceptional, owed, paid, settled, mobilities, written_off, payments)
select project_id, stage, sum(travel), sum(individual), sum(organisational), sum(inclusion), sum(exceptional), sum(owed), sum(paid), sum(settled), sum(mobilities), sum(written_off), sum(payments)
from budget_money_sum group by project_id, stage;

create function budget_project_money_add(p_project bigint, p_stage text, p_sign integer, r budget_money_sum)
    returns void language plpgsql as $$
begin
    insert into budget_project_money_sum as t (project_id, stage, travel, individual, organisational, inclusion, exceptional, owed, paid, settled, mobilities, written_off, payments)
    values (p_project, p_stage, p_sign * r.travel, p_sign * r.individual, p_sign * r.organisational, p_sign * r.inclusion, p_sign * r.exceptional, p_sign * r.owed, p_sign * r.paid, p_sign * r.settled, p_sign * r.mobilities, p_sign * r.written_off, p_sign * r.payments)
    on conflict (project_id, stage) do update set
            travel = t.travel + excluded.travel,
            individual = t.individual + excluded.individual,
            organisational = t.organisational + excluded.organisational,
            inclusion = t.inclusion + excluded.inclusion,
            exceptional = t.exceptional + excluded.exceptional,
            owed = t.owed + excluded.owed,
            paid = t.paid + excluded.paid,
            settled = t.settled + excluded.settled,
            mobilities = t.mobilities + excluded.mobilities,
            written_off = t.written_off + excluded.written_off,
            payments = t.payments + excluded.payments;
end $$;

create function budget_project_money_kept() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform budget_project_money_add(old.project_id, old.stage, -1, old);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform budget_project_money_add(new.project_id, new.stage, 1, new);
    end if;
    return null;
end $$;

create trigger budget_project_money_kept after insert or update or delete on budget_money_sum
    for each row execute function budget_project_money_kept();

create function budget_project_money_emptied() returns trigger language plpgsql as $$
begin
    truncate budget_project_money_sum;
    return null;
end $$;

create trigger budget_project_money_emptied after truncate on budget_money_sum
    for each statement execute function budget_project_money_emptied();

create table budget_project_allocation_sum (
    project_id bigint      not null,
    item       varchar(30) not null,
    amount     numeric     not null default 0,
    primary key (project_id, item)
);

insert into budget_project_allocation_sum (project_id, item, amount)
select project_id, item, sum(amount) from budget_allocation group by project_id, item;

create function budget_project_allocation_kept() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into budget_project_allocation_sum as t (project_id, item, amount) values (old.project_id, old.item, -old.amount)
        on conflict (project_id, item) do update set amount = t.amount + excluded.amount;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into budget_project_allocation_sum as t (project_id, item, amount) values (new.project_id, new.item, new.amount)
        on conflict (project_id, item) do update set amount = t.amount + excluded.amount;
    end if;
    return null;
end $$;

create trigger budget_project_allocation_kept after insert or update or delete on budget_allocation
    for each row execute function budget_project_allocation_kept();
