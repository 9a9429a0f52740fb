-- The 999-style summary of each 837P transaction (ST..SE) a run read (issue 17, docs/x12-837p.md):
-- control numbers, where it stands in its file, what became of its claims, what broke it, and its
-- acknowledgement code. Written by the route step in its one transaction, so a route redone after
-- a crash records each transaction once (the key refuses a second).
create table x12_transaction (
    run_id              bigint        not null,
    file_index          int           not null,
    position            int           not null,
    file_name           varchar(500)  not null,
    isa13               varchar(35)   not null,
    gs06                varchar(35)   not null,
    st02                varchar(35)   not null,
    st03                varchar(35)   not null,
    st_segment          bigint        not null,
    se_segment          bigint,
    claims_read         bigint        not null,
    claims_accepted     bigint        not null,
    claims_rejected     bigint        not null,
    claims_not_screened bigint        not null,
    ack_code            char(1)       not null,
    errors              varchar(2000),
    first_claim_error   varchar(2000),
    primary key (run_id, file_index, position)
);
