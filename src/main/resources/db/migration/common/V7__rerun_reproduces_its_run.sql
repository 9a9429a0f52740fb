-- A rerun reproduces its run (issue 16): each run records the moment its history stood at, and
-- what it screened with, so that a rerun of it can screen with the same.

-- When the run completed: set once, in the transaction that records it COMPLETED, never moved
-- (finished_at is set again when the job ends). History counts a run only once it completed
-- before the moment the reading run's history stands at.
alter table screening_run add column completed_at timestamp;
-- The moment the run's history stands at: runs completed before it count, later ones never (the
-- run's start; for a rerun of run N, N's, unless the rerun asked for today's history).
alter table screening_run add column history_cutoff timestamp;
-- A trial screening (screen --no-history): it reads history but records none; nor does it make
-- its inputs "already screened".
alter table screening_run add column trial boolean default false not null;
-- A rerun: the run it screens again, and with what: history AS_RUN (as it stood when that run
-- ran) or CURRENT, rules RECORDED or CURRENT; what could not be reproduced, in words.
alter table screening_run add column rerun_of bigint;
alter table screening_run add column rerun_history varchar(20);
alter table screening_run add column rerun_rules varchar(20);
alter table screening_run add column rerun_notes varchar(4000);
-- What the run screened with: the rule pack file's sha256 (the built-in pack: its resource's)
-- and the reference data files' (null when the run had none).
alter table screening_run add column rule_pack_sha256 char(64);
alter table screening_run add column plans_sha256 char(64);
alter table screening_run add column providers_sha256 char(64);

-- Runs recorded before: they completed when they finished, and saw what had completed when they started.
update screening_run set completed_at = finished_at where status = 'COMPLETED';
update screening_run set history_cutoff = started_at;
