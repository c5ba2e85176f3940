-- Issue 16 (national scale): the payment ledger's count and sum, unfiltered or by project and school (and an
-- accountant's school), read from the money summary (V25_1, V29_1) instead of every payment joined to its mobility on
-- every view. The summary gains payments: how many payments a mobility has (budget_mobility_money) and how many the
-- mobilities of a project, school and stage have together (budget_money_sum); paid was already their sum. The
-- functions' row type changes: recreate them as V29_1 did, then recount every mobility.
drop function budget_money_refresh(bigint[]);
drop function budget_money_of(bigint[]);
alter table budget_mobility_money add column payments integer not null default 0;
alter table budget_money_sum add column payments integer not null default 0;

create function budget_money_of(ids bigint[]) returns setof budget_mobility_money language sql stable as $$
    select x.mobility_id, x.project_id, x.school_id, coalesce(x.stage, ''), x.travel, x.individual, x.organisational,
           x.inclusion, x.exceptional, x.owed, x.paid, least(x.paid, x.owed) as settled, x.written_off, x.payments
    from (select m.id as mobility_id, m.project_id, m.sending_school_id as school_id, m.budget_stage as stage,
                 m.budget_travel as travel, m.budget_individual as individual,
                 m.budget_organisational as organisational, m.budget_inclusion as inclusion,
                 m.budget_exceptional as exceptional, m.budget_total as owed,
                 (select coalesce(sum(pa.amount), 0) from payment pa where pa.mobility_id = m.id) as paid,
                 (select coalesce(sum(ro.written_off_amount), 0) from recovery_order ro
                  where ro.mobility_id = m.id and ro.state = 'WRITTEN_OFF') as written_off,
                 (select count(*) from payment pa where pa.mobility_id = m.id)::integer as payments
          from mobility_view m where m.id = any(ids)) x
$$;

create function budget_money_refresh(ids bigint[]) returns void language plpgsql as $$
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    insert into budget_money_sum as s (project_id, school_id, stage, travel, individual, organisational, inclusion,
                                       exceptional, owed, paid, settled, mobilities, written_off, payments)
    select d.project_id, d.school_id, d.stage, sum(d.travel), sum(d.individual), sum(d.organisational),
           sum(d.inclusion), sum(d.exceptional), sum(d.owed), sum(d.paid), sum(d.settled), sum(d.n), sum(d.written_off),
           sum(d.payments)
    from (select f.mobility_id, f.project_id, f.school_id, f.stage, f.travel, f.individual, f.organisational,
                 f.inclusion, f.exceptional, f.owed, f.paid, f.settled, f.written_off, f.payments, 1 as n
          from budget_money_of(ids) f
          union all
          select o.mobility_id, o.project_id, o.school_id, o.stage, -o.travel, -o.individual, -o.organisational,
                 -o.inclusion, -o.exceptional, -o.owed, -o.paid, -o.settled, -o.written_off, -o.payments, -1
          from budget_mobility_money o where o.mobility_id = any(ids)) d
    group by d.project_id, d.school_id, d.stage
    order by d.project_id, d.school_id, d.stage
    on conflict (project_id, school_id, stage) do update
        set travel = s.travel + excluded.travel, individual = s.individual + excluded.individual,
            organisational = s.organisational + excluded.organisational,
            inclusion = s.inclusion + excluded.inclusion, exceptional = s.exceptional + excluded.exceptional,
            owed = s.owed + excluded.owed, paid = s.paid + excluded.paid, settled = s.settled + excluded.settled,
            mobilities = s.mobilities + excluded.mobilities, written_off = s.written_off + excluded.written_off,
            payments = s.payments + excluded.payments;
    delete from budget_money_sum where mobilities = 0;
    delete from budget_mobility_money where mobility_id = any(ids);
    insert into budget_mobility_money select * from budget_money_of(ids);
end $$;

select budget_money_refresh(array(select id from mobility));
