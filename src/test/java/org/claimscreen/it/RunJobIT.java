package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscreen.intake.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run JOB} through the real command line on a job over a temporary inbox holding copies of
 * the sample night: the run, the archive, failed/ with its notes, an empty inbox, a process that
 * died before moving its files, restart and rerun of a job's run, and {@code screen --job}. On H2;
 * a subclass runs PostgreSQL. Each test has a database of its own: history must start empty.
 */
class RunJobIT {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final List<String> SAMPLE_FILES = List.of("claims-2026-11-26.csv", "claims-2026-11-26-westside.csv",
            "claims-2026-11-26-eastside-bundle.json");

    @TempDir
    Path root;

    Database db;
    Path jobs;
    Path inbox;
    Path archive;
    Path failed;
    Path reports;

    Database database(Path folder) {
        return Database.h2(folder);
    }

    @BeforeEach
    void layOut() throws IOException {
        db = database(root.resolve("db"));
        jobs = Files.createDirectories(root.resolve("jobs"));
        inbox = Files.createDirectories(root.resolve("var/inbox"));
        archive = root.resolve("var/archive");
        failed = root.resolve("var/failed");
        reports = root.resolve("var/reports");
    }

    @AfterEach
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void screensTheInboxAsOneRunNamedAfterTheJobThenArchivesItsFiles() throws IOException {
        // given
        Path job = job("nightly", "");
        dropSampleNight();

        // when
        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        long runId = screened(run);
        assertThat(findingsByRule(runId)).isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
        assertThat(run.out()).contains("claims    " + SampleExpectations.CLAIMS_READ + " read: "
                + SampleExpectations.CLAIMS_CLEAN + " clean, " + SampleExpectations.CLAIMS_HELD + " held")
                .contains("archived  3 file(s) to " + archive);
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(archive)).containsExactlyInAnyOrderElementsOf(
                SAMPLE_FILES.stream().map(name -> runId + "-" + name).toList());
        assertThat(Files.readString(archive.resolve(runId + "-claims-2026-11-26.csv")))
                .isEqualTo(Files.readString(SAMPLE.resolve("claims-2026-11-26.csv")));
        assertThat(Files.exists(failed)).isFalse();
        assertThat(run.err()).contains("job nightly: run starting: 3 file(s)")
                .contains("job nightly: run " + runId + " COMPLETED: " + SampleExpectations.CLAIMS_READ + " claims read");
        assertThat(Cli.run(db, "runs").out()).containsPattern("(?m)^" + runId + " +nightly +.*COMPLETED");
    }

    @Test
    void aJobNamingNoPatternsTakesAn837pFromTheInboxAndWritesItsCleanAndHeldClaimsBackAs837p() throws IOException {
        // given: the sample night as the 837P a practice-management system submits, and a job
        // that names no include patterns, with the sample's documentation on file
        Path job = job("nightly", SAMPLE.resolve("documentation.csv"), "");
        Files.copy(SAMPLE.resolve("x12/claims-2026-11-26.837"), inbox.resolve("claims-2026-11-26.837"));

        // when
        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        long runId = screened(run);
        assertThat(run.out()).contains("claims    76 read: 33 clean, 43 held, 0 rejected, 0 not screened")
                .contains("findings  169 (DENY 78, REVIEW 37, INFO 54)").contains("archived  1 file(s) to " + archive);
        assertThat(filesIn(archive)).containsExactly(runId + "-claims-2026-11-26.837");
        Path reportsOfRun = reports.resolve(String.valueOf(runId));
        assertThat(filesIn(reportsOfRun.resolve("clean"))).containsExactly("claims-2026-11-26.837");
        assertThat(filesIn(reportsOfRun.resolve("held"))).containsExactly("claims-2026-11-26.837");
        assertThat(Files.readString(reportsOfRun.resolve("clean/claims-2026-11-26.837"))).startsWith("ISA*");
        assertThat(Files.exists(reportsOfRun.resolve("x12-acknowledgements.csv"))).isTrue();
    }

    @Test
    void movesAFileThatCouldNotBeReadToFailedWithANoteSayingWhy() throws IOException {
        Path job = job("nightly", "");
        Files.copy(SAMPLE.resolve("claims-2026-11-26.csv"), inbox.resolve("claims-2026-11-26.csv"));
        Files.writeString(inbox.resolve("export-broken.csv"), "claim,procedure\nC1,97124\n");

        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        assertThat(run.exit()).as(run.err()).isZero();
        long runId = screened(run);
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(archive)).containsExactly(runId + "-claims-2026-11-26.csv");
        assertThat(filesIn(failed)).containsExactlyInAnyOrder(runId + "-export-broken.csv",
                runId + "-export-broken.csv.why.txt");
        assertThat(Files.readString(failed.resolve(runId + "-export-broken.csv"))).isEqualTo("claim,procedure\nC1,97124\n");
        assertThat(Files.readString(failed.resolve(runId + "-export-broken.csv.why.txt")))
                .startsWith("export-broken.csv could not be read at all, so none of its claims was screened.")
                .contains("run:     " + runId + " (job nightly)")
                .contains("problem: missing required column(s) claim_id")
                .contains("put it back into " + inbox);
        assertThat(run.out()).contains("failed    1 file(s) moved to " + failed);
    }

    @Test
    void anInboxThatOnlyHoldsAnUnreadableFileFailsTheRunButStillMovesIt() throws IOException {
        Path job = job("nightly", "");
        Files.writeString(inbox.resolve("export.csv"), "claim,procedure\nC1,97124\n");

        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("no input could be read");
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(failed)).hasSize(2);
    }

    @Test
    void anEmptyInboxIsNothingToDo() throws IOException {
        Path job = job("nightly", "");
        Files.writeString(inbox.resolve("notes.txt"), "not a claim file: no pattern takes it");

        Cli.Result run = Cli.run(db, "run", job.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("claimscreen: job nightly: nothing to do: no files in " + inbox
                + " match *.csv, *.json,");
        assertThat(run.err().lines().filter(line -> line.contains("nothing to do"))).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(filesIn(inbox)).containsExactly("notes.txt");
        assertThat(Cli.run(db, "runs").out()).isEqualTo("no runs yet" + System.lineSeparator());
    }

    /**
     * The process died after its run completed and before it moved the files: the next run finds
     * that a completed run screened them and archives them under that run, screening nothing.
     */
    @Test
    void archivesFilesACompletedRunScreenedUnderThatRunInsteadOfScreeningThemAgain() throws IOException {
        Path job = job("nightly", "");
        dropSampleNight();
        long runId = screened(Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26"));
        for (String name : SAMPLE_FILES) {
            // as if the move had never happened
            Files.move(archive.resolve(runId + "-" + name), inbox.resolve(name));
        }

        Cli.Result again = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        assertThat(again.exit()).as(again.err()).isEqualTo(3);
        assertThat(again.err()).contains("claims-2026-11-26.csv was already screened by run " + runId
                + ": archived as " + runId + "-claims-2026-11-26.csv");
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(archive)).containsExactlyInAnyOrderElementsOf(
                SAMPLE_FILES.stream().map(name -> runId + "-" + name).toList());
        assertThat(Cli.run(db, "runs").out().lines()).hasSize(2); // the header and the one run
    }

    /**
     * Another live run (a process on another host, heard from just now) is screening one of the
     * files: this run screens the others and leaves that one in the inbox, not archived as if it
     * had been screened; once the other run lets go, the next run screens it.
     */
    @Test
    void leavesAFileAnotherLiveRunIsScreeningInTheInbox() throws Exception {
        Path job = job("nightly", "");
        dropSampleNight();
        String held = "claims-2026-11-26-westside.csv";
        assertThat(Cli.run(db, "runs").exit()).isZero(); // creates the schema
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            sql.execute("insert into run_owner (run_id, host, pid, token, heartbeat_at) "
                    + "values (999, 'other-host', 4242, 'other-token', current_timestamp)");
            sql.execute("insert into input_lock (sha256, run_id) values ('" + Sha256.of(inbox.resolve(held)) + "', 999)");
        }

        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        long runId = screened(run);
        assertThat(filesIn(inbox)).containsExactly(held);
        assertThat(filesIn(archive)).containsExactlyInAnyOrder(runId + "-claims-2026-11-26.csv",
                runId + "-claims-2026-11-26-eastside-bundle.json");

        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            sql.execute("delete from input_lock where run_id = 999");
            sql.execute("delete from run_owner where run_id = 999");
        }
        long next = screened(Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26"));
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(archive)).contains(next + "-" + held);
    }

    /**
     * The reports folder cannot be made (a file stands where its parent should be): the run fails
     * and its files stay in the inbox. Once that is fixed, restart completes the run and moves them.
     */
    @Test
    void restartOfAJobsFailedRunMovesItsFilesOnceItCompletes() throws IOException {
        Path blocker = Files.writeString(root.resolve("share"), "not a folder");
        Path job = job("nightly", "");
        Files.writeString(job, Files.readString(job).replace("dir: ../var/reports", "dir: ../share/reports"));
        dropSampleNight();
        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        long runId = failedRun(run);
        assertThat(filesIn(inbox)).containsExactlyInAnyOrderElementsOf(SAMPLE_FILES);

        Files.delete(blocker);
        Cli.Result restarted = Cli.run(db, "restart", Long.toString(runId));

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(screened(restarted)).isEqualTo(runId);
        assertThat(restarted.out()).contains("archived  3 file(s) to " + archive);
        assertThat(filesIn(inbox)).isEmpty();
        assertThat(filesIn(archive)).hasSize(3).allMatch(name -> name.startsWith(runId + "-"));
    }

    /** A rerun screens the run's own files, now in the archive, not what the inbox holds by then. */
    @Test
    void rerunOfAJobsRunScreensItsArchivedFilesAndMovesNothing() throws IOException {
        Path job = job("nightly", "");
        dropSampleNight();
        long runId = screened(Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26"));
        Files.writeString(inbox.resolve("tonight.csv"), "arrived later: not run " + runId + "'s");

        Cli.Result rerun = Cli.run(db, "rerun", Long.toString(runId));

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        long again = screened(rerun);
        assertThat(findingsByRule(again)).isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
        assertThat(Cli.run(db, "show", Long.toString(again)).out())
                .contains("job       nightly")
                .contains("input     " + runId + "-claims-2026-11-26.csv OK");
        assertThat(filesIn(inbox)).containsExactly("tonight.csv");
        assertThat(filesIn(archive)).hasSize(3);
    }

    @Test
    void inlineRuleOverridesOfTheJobApplyToItsRun() throws IOException {
        Path job = job("nightly", """
                rules:
                  overrides:
                    PAY-SELF-PAY: { enabled: false }
                """);
        dropSampleNight();

        long runId = screened(Cli.run(db, "run", job.toString(), "--as-of", "2026-11-26"));

        Map<String, Integer> expected = new LinkedHashMap<>(SampleExpectations.FINDINGS_BY_RULE);
        expected.remove("PAY-SELF-PAY");
        assertThat(findingsByRule(runId)).isEqualTo(expected);
    }

    /** A job over another export's layout: its input.mapping reaches the run, as screen --mapping does. */
    @Test
    void aJobWithAColumnMappingScreensThatLayout() throws IOException {
        Path job = Files.writeString(jobs.resolve("rif.yaml"), """
                name: rif
                input:
                  dir: ../var/inbox
                  include: ["*.txt"]
                  mapping: %s
                reference:
                  providers: %s
                output:
                  dir: ../var/reports
                """.formatted(ColumnMappingIT.RIF_MAPPING.toAbsolutePath(), ColumnMappingIT.RIF_ROSTER.toAbsolutePath()));
        Files.copy(ColumnMappingIT.RIF_THERAPY, inbox.resolve("rif-carrier-therapy.txt"));

        Cli.Result run = Cli.run(db, "run", job.toString(), "--as-of", "2026-12-31");

        assertThat(run.exit()).as(run.err()).isZero();
        long runId = screened(run);
        assertThat(run.out()).contains("claims    4 read: 0 clean, 2 held, 1 rejected, 1 not screened");
        assertThat(filesIn(inbox.resolve("archive"))).containsExactly(runId + "-rif-carrier-therapy.txt");
    }

    @Test
    void screenWithAJobTakesItsSettingsAndMovesNothing() throws IOException {
        Path job = job("nightly", "");
        dropSampleNight();

        Cli.Result screen = Cli.run(db, "screen", "--job", job.toString(), "--as-of", "2026-11-26");

        assertThat(screen.exit()).as(screen.err()).isZero();
        long runId = screened(screen);
        assertThat(findingsByRule(runId)).isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
        assertThat(filesIn(inbox)).containsExactlyInAnyOrderElementsOf(SAMPLE_FILES);
        assertThat(Files.exists(archive)).isFalse();
        assertThat(Cli.run(db, "runs").out()).containsPattern("(?m)^" + runId + " +nightly ");
    }

    @Test
    void refusesABadJobDefinitionBeforeAnythingRunsInOneLine() throws IOException {
        Path job = job("nightly", """
                rules:
                  overrides:
                    MCR-NOT-A-RULE: { enabled: false }
                """);

        Cli.Result run = Cli.run(db, "run", job.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("claimscreen: " + job + " line 14, rules.overrides.MCR-NOT-A-RULE: unknown rule id"
                + " (claimscreen's rules: see 'claimscreen rules' or docs/rules.md)" + System.lineSeparator());
    }

    /** A job definition over this test's folders; {@code extra} is appended (rules, schedule...). */
    Path job(String name, String extra) throws IOException {
        return job(name, null, extra);
    }

    /** The same, with {@code documentation} as the job's documentation on file when not null. */
    Path job(String name, Path documentation, String extra) throws IOException {
        String text = """
                name: %s
                input:
                  dir: ../var/inbox
                  archive: ../var/archive
                  failed: ../var/failed
                reference:
                  plans: %s
                  providers: %s
                """.formatted(name, SAMPLE.resolve("plans.csv"), SAMPLE.resolve("providers.csv"))
                + (documentation == null ? "" : "  documentation: " + documentation + "\n")
                + "output:\n  dir: ../var/reports\n";
        return Files.writeString(jobs.resolve(name + ".yaml"),
                text + "# what the test adds starts at line " + (text.lines().count() + 2) + "\n" + extra);
    }

    void dropSampleNight() throws IOException {
        for (String name : SAMPLE_FILES) {
            Files.copy(SAMPLE.resolve(name), inbox.resolve(name));
        }
    }

    static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static long screened(Cli.Result result) {
        Matcher run = Pattern.compile("run (\\d+) screened \\d+ file").matcher(result.out());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return Long.parseLong(run.group(1));
    }

    static long failedRun(Cli.Result result) {
        Matcher run = Pattern.compile("claimscreen: run (\\d+) failed: ").matcher(result.err());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return Long.parseLong(run.group(1));
    }

    Map<String, Integer> findingsByRule(long runId) throws IOException {
        JsonNode summary = JsonMapper.builder().build()
                .readTree(Files.readString(reports.resolve(Long.toString(runId)).resolve("summary.json")));
        Map<String, Integer> found = new LinkedHashMap<>();
        summary.get("findings_by_rule").properties().forEach(e -> found.put(e.getKey(), e.getValue().asInt()));
        return found;
    }
}
