-- Documentation on file (documentation.csv, docs/reference-data.md): a run records its sha256
-- beside the plans' and roster's, so that a rerun can tell whether it changed (null: the run had none).
alter table screening_run add column documentation_sha256 char(64);
