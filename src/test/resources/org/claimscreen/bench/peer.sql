-- The peer of the CSV benchmark: what a billing analyst would write in PostgreSQL to flag the source
-- document's three cases in a night's claim export. BenchmarkRun puts the file's absolute path where
-- ${claims_file} stands and runs this with psql into a fresh database; psql's \timing prints each
-- statement's time (the COPY, then the flagging).
\set ON_ERROR_STOP on
\timing on

create table claim_lines (
    claim_id           text,
    line_number        int,
    member_id          text,
    patient_birth_date date,
    payer_type         text,
    payer_id           text,
    plan_id            text,
    service_date       date,
    place_of_service   text,
    procedure_code     text,
    modifiers          text,
    units              int,
    minutes            int,
    charge_amount      numeric(10, 2),
    diagnosis_codes    text,
    diagnosis_pointers text,
    rendering_npi      text,
    rendering_taxonomy text,
    supervising_npi    text,
    referring_npi      text,
    billing_npi        text,
    plan_of_care       text,
    abn_on_file        text,
    lmn_on_file        text
);

\copy claim_lines from '${claims_file}' with (format csv, header true)

-- Without statistics on the table just loaded the planner picks a nested loop for the NOT EXISTS
-- below, quadratic in the lines: an analyst who has met that once always analyzes after a load.
analyze claim_lines;

-- Original Medicare is ORIGINAL_MEDICARE or the X12 code MB; the therapy procedures are the rule
-- pack's primary-therapy code set (97110, 97112, 97116, 97140, 97530, 97535, 97161-97168).
create table flagged as
select l.claim_id, l.line_number, 'standalone 97124' as reason
from claim_lines l
where l.procedure_code = '97124'
  and l.payer_type in ('ORIGINAL_MEDICARE', 'MB')
  and not exists (
      select 1 from claim_lines o
      where o.claim_id = l.claim_id
        and o.service_date = l.service_date
        and o.line_number <> l.line_number
        and o.procedure_code in ('97110', '97112', '97116', '97140', '97530', '97535',
                                 '97161', '97162', '97163', '97164', '97165', '97166', '97167', '97168'))
union all
select claim_id, line_number, 'massage therapist without supervision'
from claim_lines
where rendering_taxonomy = '225700000X'
  and payer_type in ('ORIGINAL_MEDICARE', 'MB')
  and coalesce(supervising_npi, '') = ''
union all
select claim_id, line_number, 'chiropractic adjunct'
from claim_lines
where rendering_taxonomy like '111N%'
  and payer_type in ('ORIGINAL_MEDICARE', 'MB')
  and procedure_code not in ('98940', '98941', '98942');

\timing off
select reason, count(*) as lines from flagged group by reason order by reason;
select count(*) as lines_read from claim_lines;
