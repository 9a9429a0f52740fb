package org.claimscreen.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            claimscreen: screens Medicare therapy and massage claim lines before they are submitted.

            Usage:
              claimscreen screen [options] INPUT...   screen claim files or folders now, as one run
              claimscreen COMMAND --help              help for one command
              claimscreen --help                      this text

            The database is chosen by CLAIMSCREEN_DB_URL (with CLAIMSCREEN_DB_USER and
            CLAIMSCREEN_DB_PASSWORD), e.g. jdbc:postgresql://localhost:5432/claimscreen.
            Unset, an embedded H2 database under ./var/db serves.

            Exit status: 0 the run completed (findings or not), 1 the run failed,
            2 the command was used wrongly, 3 nothing to do (inputs already screened).
            """;

    static final String SCREEN = """
            Usage: claimscreen screen [options] INPUT...

            Screens claim CSV files (canonical layout: docs/claim-csv.md) as one run and writes
            findings.csv, findings.json, summary.json, rejects.csv and report.html to OUT/<run-id>/.
            A folder gives its claim files; plans.csv, providers.csv and READMEs in it are skipped.

            Options:
              --out DIR            where reports go (default: ./var/reports)
              --as-of YYYY-MM-DD   the date the run screens as of (default: today)
              --plans FILE         Medicare Advantage plan benefits (default: plans.csv beside the inputs)
              --providers FILE     provider roster (default: providers.csv beside the inputs)
              --force              screen inputs an earlier completed run already screened
              --help               this text

            Example:
              claimscreen screen --out out sample-data
            """;

    private Usage() {
    }
}
