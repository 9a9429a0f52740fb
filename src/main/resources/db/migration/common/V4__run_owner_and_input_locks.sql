-- Who runs a run right now, so that two processes never screen the same file at once and a
-- restart can tell a live run from one whose process died. The owning process refreshes
-- heartbeat_at (the database's clock) while it runs and deletes the row when the run ends; a
-- row whose heartbeat is older than the staleness limit, or whose process is gone from this
-- host, belongs to a dead run. token tells two processes with the same host and pid apart.
create table run_owner (
    run_id        bigint        not null primary key,
    host          varchar(255)  not null,
    pid           bigint        not null,
    token         varchar(36)   not null,
    heartbeat_at  timestamp with time zone not null
);

-- The input contents (sha256) being screened now, one run at a time. A lock is live while its
-- run's owner is; a dead run's locks are taken over by whoever needs them next.
create table input_lock (
    sha256  char(64) not null primary key,
    run_id  bigint   not null
);
create index input_lock_run on input_lock (run_id);
