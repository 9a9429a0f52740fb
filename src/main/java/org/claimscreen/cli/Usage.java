package org.claimscreen.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            claimscreen: screens Medicare therapy and massage claim lines before they are submitted.

            Usage:
              claimscreen screen [options] INPUT...   screen claim files or folders now, as one run
              claimscreen run JOB                     run a job definition now (jobs/JOB.yaml, or a file)
              claimscreen schedule [JOB...]           stay up and run jobs at their scheduled times
              claimscreen rules [options]             the rules in force: id, severity, source, what each checks
              claimscreen runs [--last N]             the newest runs (20 unless N): status and counts
              claimscreen show RUN                    one run's summary and where its reports are
              claimscreen restart RUN|--last          resume a failed or killed run where it stopped
              claimscreen rerun RUN                   screen a completed run's inputs again as a new run
              claimscreen COMMAND --help              help for one command
              claimscreen --help                      this text

            The database is chosen by CLAIMSCREEN_DB_URL (with CLAIMSCREEN_DB_USER and
            CLAIMSCREEN_DB_PASSWORD), e.g. jdbc:postgresql://localhost:5432/claimscreen.
            Unset, an embedded H2 database under ./var/db serves.

            Exit status: 0 the run completed (findings or not), 1 the run failed,
            2 the command was used wrongly (or a job definition cannot be used),
            3 nothing to do (inputs already screened, an empty inbox, or restart of a
            completed run).
            """;

    static final String SCREEN = """
            Usage: claimscreen screen [options] INPUT...

            Screens claim CSV files (canonical layout: docs/claim-csv.md, or another export's layout
            through --mapping) as one run and writes findings.csv, findings.json, summary.json,
            rejects.csv and report.html to OUT/<run-id>/.
            A folder gives its claim files; plans.csv, providers.csv and READMEs in it are skipped.

            Options:
              --out DIR            where reports go (default: ./var/reports)
              --as-of YYYY-MM-DD   the date the run screens as of (default: today)
              --plans FILE         Medicare Advantage plan benefits (default: plans.csv beside the inputs)
              --providers FILE     provider roster (default: providers.csv beside the inputs)
              --rule-pack FILE     screen with this rule pack file instead of the built-in pack
              --rule-overrides FILE  switch rules off or change their severity, for the job or per payer
              --mapping FILE       read CSV inputs of another export's layout through this column mapping
                                   (docs/column-mappings.md; e.g. jobs/mappings/cms-rif-carrier.yaml)
              --job FILE           take everything not given here from a job definition: its inbox
                                   (when no INPUT is given), reference data, rules, output folder and
                                   name; screen never moves files (claimscreen run JOB does)
              --force              screen inputs an earlier completed run already screened
              --help               this text

            A rule pack, overrides or mapping file with a mistake is refused before the run starts (exit 2).

            Examples:
              claimscreen screen --out out sample-data
              claimscreen screen --mapping jobs/mappings/tuva-medical-claim.yaml --providers providers.csv medical_claim.csv
            """;

    static final String RULES = """
            Usage: claimscreen rules [options]

            Lists the rules in force, in the order they run: id, severity, source (seed: the source
            document; practice: Medicare manuals and billing practice) and what each checks, with the
            rule pack's id and version and the KX therapy threshold of the as-of year. Needs no database.

            Options:
              --as-of YYYY-MM-DD     the date whose KX threshold is shown (default: today)
              --rule-pack FILE       list a rule pack file's rules instead of the built-in pack's
              --rule-overrides FILE  with these overrides applied (payer overrides are listed after)
              --markdown             print the rules and the pack's data as markdown (docs/rules.md)
              --help                 this text

            A rule pack file is YAML: copy src/main/resources/org/claimscreen/rules/builtin-pack.yaml.
            An overrides file is YAML too:
              rules:  {MCR-LMT-SUPERVISED: {severity: DENY}, PAY-HSA-FSA-LMN: {enabled: false}}
              payers: {MEDICARE_ADVANTAGE: {MCR-MBI-FORMAT: {severity: REVIEW}}}

            Examples:
              claimscreen rules --as-of 2025-06-30
              claimscreen rules --markdown > docs/rules.md
            """;

    static final String RUN = """
            Usage: claimscreen run JOB [--as-of YYYY-MM-DD]

            Runs a job definition now, as one run named after the job: screens the files in its
            inbox (input.dir) that its include patterns take, then, once the run completed, moves each
            screened file to its archive folder as <run-id>-<name>, and each file that could not be
            read at all to its failed folder with a note <run-id>-<name>.why.txt. For cron, systemd
            timers and Kubernetes CronJobs. JOB is a job definition file or the name of one in jobs/.

            A file a completed run already screened (its process died before moving it) is archived
            under that run's id, not screened again. A job definition with a mistake is refused
            before anything runs, naming file, line and key (exit 2).

            Options:
              --as-of YYYY-MM-DD   the date to screen as of (default: today in the job's zone)
              --help               this text

            Exit status: 0 the run completed, 1 it failed (its files stay in the inbox; restart it),
            2 the job definition cannot be used, 3 nothing to do (the inbox is empty).

            Example:
              claimscreen run nightly-screening
            """;

    static final String SCHEDULE = """
            Usage: claimscreen schedule [JOB...] [--metrics-port N]

            Stays up and runs each job at the times its 'schedule' (a 6-field cron expression, in its
            'zone') says, as 'claimscreen run JOB' would. Without JOB: every jobs/*.yaml that has a
            schedule. A job runs one run at a time (a time that comes while it still runs is skipped);
            a run that fails is logged and the job runs again at its next time. Each definition is read
            again before each run, so a fix applies at the next run; a changed schedule needs a restart.

            SIGTERM (or Ctrl-C) asks running runs to stop at their next chunk, so they end STOPPED and
            'claimscreen restart RUN' resumes them, then exits.

            Options:
              --metrics-port N   serve Prometheus metrics at http://HOST:N/metrics (runs by job and
                                 outcome, claims, findings by rule, run durations, lines read)
              --help             this text

            Example:
              claimscreen schedule --metrics-port 9464
            """;

    static final String RUNS = """
            Usage: claimscreen runs [--last N]

            Lists the newest runs, newest first, one a line: run id, job, when it started, status,
            claims read, claims held, findings and dollars at risk ("-" until a run completed).
            Prints "no runs yet" when there are none.

            Options:
              --last N   list the N newest runs (default: 20)
              --help     this text
            """;

    static final String SHOW = """
            Usage: claimscreen show RUN

            One run's summary: status, as-of date, rule pack, each input with its status, the counts
            and the folder its reports are in. An unknown run id exits 2.
            """;

    static final String RESTART = """
            Usage: claimscreen restart RUN
                   claimscreen restart --last

            Resumes a failed or stopped run where it stopped, under the same run id and with the same
            parameters; what it had already stored is kept, nothing is screened twice. A run a killed
            process left marked as started is first marked failed (it says so), then resumed: do not
            restart a run whose process still runs. --last takes the newest run.

            Exit status as for screen (0 completed, 1 failed again); 3 when the run had completed
            (nothing to restart), 2 for an unknown run.
            """;

    static final String RERUN = """
            Usage: claimscreen rerun RUN

            Screens a completed run's inputs again as a new run, with the same parameters (as-of date,
            reference data, rule pack, output folder) as if with --force. Each input's history then
            counts the new run's screening, never both. Exit status as for screen.
            """;

    private Usage() {
    }
}
