-- Issue 16 (national scale): the M9.6 report's real expenditure, kept summed per project and school so that the
-- report reads the total spent instead of summing every invoice of the consortium on every view (budget.M96Report).
-- spent is the exact sum of expenditure.amount of the project and school, invoices how many there are; a row goes
-- away with the last invoice. Maintained in the same transaction as the change by statement-level triggers on
-- expenditure (the budget module's own table): every writer is covered (services, demo loader, imports, tests, the
-- benchmark's bulk generator). Rows are updated in project/school order (fewer deadlocks).
create table budget_expenditure_sum (
    project_id bigint  not null,
    school_id  bigint  not null,
    spent      numeric not null,
    invoices   integer not null,
    primary key (project_id, school_id)
);
create index budget_expenditure_sum_school on budget_expenditure_sum (school_id);

-- Adds the invoices inserted, removes the invoices deleted, and for an update both (the row may change project,
-- school or amount).
create function budget_expenditure_after_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into budget_expenditure_sum as s (project_id, school_id, spent, invoices)
        select n.project_id, n.school_id, sum(n.amount), count(*) from new_rows n
        group by n.project_id, n.school_id order by n.project_id, n.school_id
        on conflict (project_id, school_id) do update
            set spent = s.spent + excluded.spent, invoices = s.invoices + excluded.invoices;
    elsif tg_op = 'UPDATE' then
        insert into budget_expenditure_sum as s (project_id, school_id, spent, invoices)
        select d.project_id, d.school_id, sum(d.amount), sum(d.n) from
            (select n.project_id, n.school_id, n.amount, 1 as n from new_rows n
             union all
             select o.project_id, o.school_id, -o.amount, -1 from old_rows o) d
        group by d.project_id, d.school_id order by d.project_id, d.school_id
        on conflict (project_id, school_id) do update
            set spent = s.spent + excluded.spent, invoices = s.invoices + excluded.invoices;
    else
        update budget_expenditure_sum s set spent = s.spent - d.spent, invoices = s.invoices - d.invoices
        from (select o.project_id, o.school_id, sum(o.amount) as spent, count(*) as invoices from old_rows o
              group by o.project_id, o.school_id) d
        where s.project_id = d.project_id and s.school_id = d.school_id;
    end if;
    delete from budget_expenditure_sum where invoices = 0;
    return null;
end $$;

create trigger budget_expenditure_insert after insert on expenditure referencing new table as new_rows
    for each statement execute function budget_expenditure_after_change();
create trigger budget_expenditure_update after update on expenditure
    referencing old table as old_rows new table as new_rows
    for each statement execute function budget_expenditure_after_change();
create trigger budget_expenditure_delete after delete on expenditure referencing old table as old_rows
    for each statement execute function budget_expenditure_after_change();

insert into budget_expenditure_sum (project_id, school_id, spent, invoices)
select e.project_id, e.school_id, sum(e.amount), count(*) from expenditure e group by e.project_id, e.school_id;

-- The report's page of schools, in name order, found by index instead of sorting every school of the consortium.
create index school_name_id_idx on school (name, id);
