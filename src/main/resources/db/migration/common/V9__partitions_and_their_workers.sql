-- Partitions screened by worker processes (issue 18). Every attempt at a partition, in whichever
-- process it ran (the run's own, or a 'claimscreen worker' on another machine): written in a
-- transaction of its own when the attempt starts, so runs and show can name each partition's
-- worker while it runs. Its state and times are Spring Batch's (BATCH_STEP_EXECUTION). A request
-- redelivered after its worker died is the same step execution on another worker: a second row.
create table partition_attempt (
    step_execution_id  bigint        not null,
    run_id             bigint        not null,
    bucket             integer       not null,
    worker             varchar(300)  not null,
    started_at         timestamp     not null,
    primary key (step_execution_id, worker)
);
create index partition_attempt_run on partition_attempt (run_id);

-- A partition of a run is recorded once. The attempt that records a bucket's results writes this
-- row in the same transaction, so a second attempt at the same bucket (a redelivered request
-- beside a worker thought dead, or a restart's new attempt beside an old one still running on a
-- worker) cannot commit beside it: its commit fails on the key and takes nothing with it.
create table partition_recorded (
    run_id             bigint  not null,
    bucket             integer not null,
    step_execution_id  bigint  not null,
    primary key (run_id, bucket)
);
