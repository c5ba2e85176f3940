-- module mobility: a participant report link e-mailed through the outbox (module mail): to whom, and when the
-- report was requested (the Commission's "report requested on"; "received on" is participant_report.submitted_at)
alter table report_link add column mailed_to varchar(254);
alter table report_link add column requested_at timestamptz;
