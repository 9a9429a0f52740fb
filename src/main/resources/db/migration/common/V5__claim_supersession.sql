-- A claim id screened now supersedes every earlier run's version of that claim id (a corrected
-- re-export is a resubmission, not a second service): history looks earlier lines up by claim id.
create index claim_line_claim_id on claim_line (claim_id, run_id);

-- Claims an input says this claim replaces or voids (X12 CLM05-3 frequency 7 / 8, FHIR
-- Claim.related with relationship "prior", a cancelled Claim): history stops counting the
-- replaced claim's earlier versions from this run on.
create table claim_replacement (
    run_id             bigint       not null,
    file_index         int          not null,
    claim_id           varchar(100) not null, -- the replacing (or voiding) claim
    replaced_claim_id  varchar(100) not null,
    kind               varchar(10)  not null  -- REPLACE or VOID
);
create index claim_replacement_replaced on claim_replacement (replaced_claim_id, run_id);
create index claim_replacement_run on claim_replacement (run_id, file_index);
