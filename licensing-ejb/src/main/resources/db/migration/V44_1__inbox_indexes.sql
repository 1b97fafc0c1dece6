-- The officer inbox (ProcedureStep.inbox / inboxOfDivision): open steps read in deadline order straight from an
-- index, so the first page costs the same at 100,000 and 1,000,000 applications; the id makes the order total.
-- It supersedes procedure_step_open_ix (completed_at, deadline), a prefix of it that also served the overdue scan.
create index procedure_step_inbox_ix on procedure_step (completed_at, deadline, id);
drop index procedure_step_open_ix;
-- "the current step": whether the same application has a later open step, answered from this index alone
create index procedure_step_current_ix on procedure_step (application_id, completed_at, id);
