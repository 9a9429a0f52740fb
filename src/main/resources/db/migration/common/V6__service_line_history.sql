-- One pass (issue 14): claims are screened in memory straight from the files, so the database no
-- longer carries every line as read (claim_line). It keeps a compact history instead: the lines of
-- screened claims, with what history rules need, written by each partition in the transaction
-- that records its verdicts. Two indexes only (by member for history, by claim id for
-- supersession): every index is paid for on each of a night's million lines.
create table service_line (
    run_id          bigint       not null,
    file_index      int          not null,
    claim_id        varchar(100) not null,
    line_number     int          not null,
    source_line     bigint       not null,
    member_id       varchar(64)  not null,
    payer_type      varchar(30)  not null,
    plan_id         varchar(64),
    service_date    date         not null,
    procedure_code  varchar(5)   not null,
    modifiers       varchar(20),
    units           int          not null,
    minutes         int,
    charge_cents    bigint       not null,
    rendering_npi   varchar(10)  not null
);

-- Earlier runs' lines that history counted: screened claims only (never a rejected claim, nor a
-- claim of a file that broke part-way, which the screening rejects as well).
insert into service_line (run_id, file_index, claim_id, line_number, source_line, member_id, payer_type, plan_id,
                          service_date, procedure_code, modifiers, units, minutes, charge_cents, rendering_npi)
select l.run_id, l.file_index, l.claim_id, l.line_number, l.source_line, l.member_id, l.payer_type, l.plan_id,
       l.service_date, l.procedure_code, l.modifiers, l.units, l.minutes, l.charge_cents, l.rendering_npi
from claim_line l
where exists (select 1 from screened_claim c
              where c.run_id = l.run_id and c.file_index = l.file_index and c.claim_id = l.claim_id);

create index service_line_member on service_line (member_id, service_date);
create index service_line_claim_id on service_line (claim_id, run_id);

-- Lines read per input (rows stored plus rows that could not be read), which the reports counted
-- from claim_line: the route step records them now.
update input_file set lines = (select count(*) from claim_line l
                               where l.run_id = input_file.run_id and l.file_index = input_file.file_index)
                            + (select count(*) from claim_reject r
                               where r.run_id = input_file.run_id and r.file_index = input_file.file_index
                                 and r.kind = 'ROW')
where lines is null;

drop table claim_line;

-- The run's counts as the partitions kept them while screening, recorded once its reports are
-- written, so that no command counts the findings again (null for runs recorded before).
alter table screening_run add column lines_read bigint;
alter table screening_run add column lines_flagged bigint;
alter table screening_run add column rejects bigint;
alter table screening_run add column findings_deny bigint;
alter table screening_run add column findings_review bigint;
alter table screening_run add column findings_info bigint;

create table run_rule_tally (
    run_id                bigint      not null,
    rule_id               varchar(60) not null,
    findings              bigint      not null,
    amount_at_risk_cents  bigint      not null,
    primary key (run_id, rule_id)
);
