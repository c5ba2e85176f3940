-- Columns added to audited tables by migrations written alongside the audit trail (V21_2: a project's final
-- report date) also belong in their history tables: Envers writes every audited column of the entity.
alter table project_aud add column final_report_date date;
