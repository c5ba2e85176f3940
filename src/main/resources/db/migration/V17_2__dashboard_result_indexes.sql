-- dashboard: the exam results list across students is sorted by session date by default (first page without a sort
-- of every result), and filtered by level.
create index exam_result_session_idx on exam_result (session_date, id);
create index exam_result_level_idx on exam_result (qualification_level, session_date);
