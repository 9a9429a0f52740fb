package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** runs, show, restart and rerun through the real command line, on H2 (a subclass runs PostgreSQL). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunsCommandsIT {

    static final Path SAMPLE = Path.of("sample-data");
    static final Path SAMPLE_CLAIMS = SAMPLE.resolve("claims-2026-11-26.csv");

    Database db;
    Path out;
    long first;
    long second;

    Database database(Path folder) {
        return Database.h2(folder);
    }

    @BeforeAll
    void openDatabase(@TempDir Path work) {
        db = database(work.resolve("db"));
        out = work.resolve("out");
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    @Order(1)
    void runsSaysSoWhenThereAreNone() {
        Cli.Result none = Cli.run(db, "runs");

        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).isEqualTo("no runs yet" + System.lineSeparator());
    }

    @Test
    @Order(2)
    void runsListsTheNewestFirstWithTheirCounts() {
        first = screened(Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26", SAMPLE.toString()));
        second = screened(Cli.run(db, "screen", "--force", "--out", out.toString(), "--as-of", "2026-11-26",
                SAMPLE_CLAIMS.toString()));

        Cli.Result listed = Cli.run(db, "runs");

        assertThat(listed.exit()).as(listed.err()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("RUN").contains("STATUS", "CLAIMS", "HELD", "FINDINGS", "AT RISK");
        assertThat(lines.get(1)).startsWith(second + " ").contains("COMPLETED");
        assertThat(lines.get(2)).startsWith(first + " ").contains("screen", "COMPLETED")
                .containsPattern(" " + SampleExpectations.CLAIMS_READ + " +" + SampleExpectations.CLAIMS_HELD + " +"
                        + findingsOf(first) + " +\\$");

        Cli.Result one = Cli.run(db, "runs", "--last", "1");
        assertThat(one.out().lines().toList()).hasSize(2);
        assertThat(one.out().lines().toList().get(1)).startsWith(second + " ");
    }

    @Test
    @Order(3)
    void showPrintsOneRunAndRefusesAnUnknownOne() {
        Cli.Result shown = Cli.run(db, "show", Long.toString(first));

        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).startsWith("run " + first + ": COMPLETED")
                .contains("as of     2026-11-26")
                .contains("rule pack ")
                .contains("input     claims-2026-11-26.csv OK")
                .contains("input     claims-2026-11-26-westside.csv OK")
                .contains("claims    " + SampleExpectations.CLAIMS_READ + " read: " + SampleExpectations.CLAIMS_CLEAN
                        + " clean, " + SampleExpectations.CLAIMS_HELD + " held")
                .contains("findings  " + findingsOf(first))
                .contains("reports   " + out.toAbsolutePath().normalize().resolve(Long.toString(first)));

        Cli.Result unknown = Cli.run(db, "show", "987654");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().lines().filter(line -> line.startsWith("claimscreen:")).toList())
                .containsExactly("claimscreen: no run 987654 (claimscreen runs lists them)");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    @Order(3)
    void everyCommandThatTakesARunRefusesAnUnknownOneInOneLine() {
        for (String command : List.of("show", "restart", "rerun")) {
            Cli.Result unknown = Cli.run(db, command, "987654");

            assertThat(unknown.exit()).as(command + ": " + unknown.err()).isEqualTo(2);
            assertThat(unknown.out()).isEmpty();
            assertThat(unknown.err().lines().filter(line -> line.startsWith("claimscreen:")).toList())
                    .as(command).containsExactly("claimscreen: no run 987654 (claimscreen runs lists them)");
            assertThat(unknown.err()).as(command).doesNotContain("Exception", "Incorrect result size", "\tat ");
        }
    }

    @Test
    @Order(4)
    void restartOfACompletedRunHasNothingToDo() {
        Cli.Result restarted = Cli.run(db, "restart", Long.toString(first));

        assertThat(restarted.exit()).isEqualTo(3);
        assertThat(restarted.err()).contains("claimscreen: nothing to restart: run " + first + " completed");
        assertThat(Cli.run(db, "restart", "--last").exit()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void rerunScreensTheSameInputsAgainAsANewRunWithTheSameFindings() throws IOException {
        Cli.Result rerun = Cli.run(db, "rerun", Long.toString(first));

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        long again = screened(rerun);
        assertThat(again).isNotIn(first, second);
        assertThat(rerun.err()).contains("run " + again + " screened the inputs of run " + first + " again");
        assertThat(findingsByRule(out, again)).isEqualTo(findingsByRule(out, first))
                .isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
        assertThat(Cli.run(db, "runs").out().lines().toList().get(1)).startsWith(again + " ");
    }

    /**
     * A real failure, deterministic: the reports folder cannot be created because a plain file
     * stands where its parent should be (as when a share is not mounted). Registering, reading and
     * screening complete and are stored; writing the reports fails, so the run is FAILED. Once the
     * file is gone, restart resumes at the reports step and the run completes with exactly the
     * findings of an uninterrupted run, under its own id.
     */
    @Test
    @Order(6)
    void restartFinishesAFailedRunWithTheFindingsOfAnUninterruptedOne(@TempDir Path elsewhere)
            throws IOException, SQLException {
        Database fresh = database(elsewhere.resolve("db"));
        try {
            Path blocker = elsewhere.resolve("share");
            Files.writeString(blocker, "not a folder");
            Path reports = blocker.resolve("reports");

            Cli.Result failed = Cli.run(fresh, "screen", "--out", reports.toString(), "--as-of", "2026-11-26",
                    SAMPLE.toString());

            assertThat(failed.exit()).as(failed.out() + failed.err()).isEqualTo(1);
            long runId = failedRun(failed);
            assertThat(Cli.run(fresh, "runs").out()).containsPattern("(?m)^" + runId + " .*FAILED");

            Files.delete(blocker);
            Cli.Result restarted = Cli.run(fresh, "restart", Long.toString(runId));

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            assertThat(screened(restarted)).isEqualTo(runId);
            assertThat(restarted.out()).contains("claims    " + SampleExpectations.CLAIMS_READ + " read: "
                    + SampleExpectations.CLAIMS_CLEAN + " clean, " + SampleExpectations.CLAIMS_HELD + " held");
            assertThat(findingsByRule(reports, runId)).isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
            assertThat(Cli.run(fresh, "show", Long.toString(runId)).out()).startsWith("run " + runId + ": COMPLETED");
            // the restart ran as a new execution of run runId: its id names no run, and says whose it is
            long restartExecution = lastExecutionId(fresh);
            assertThat(restartExecution).isGreaterThan(runId);
            Cli.Result shown = Cli.run(fresh, "show", Long.toString(restartExecution));
            assertThat(shown.exit()).isEqualTo(2);
            assertThat(shown.err()).contains("claimscreen: no run " + restartExecution + ": " + restartExecution
                    + " numbers a restart of run " + runId + ", which carries on as run " + runId);
        } finally {
            fresh.drop().run();
        }
    }

    /**
     * A killed run: the job repository still says STARTED and no process runs it. The run fails
     * at its reports step as above; the tables are then set back to what a kill -9 during that
     * step leaves (job and step execution STARTED, no end time), since an in-process test cannot
     * kill itself. restart --last recovers the execution (says so) and finishes the run.
     */
    @Test
    @Order(7)
    void restartLastRecoversAKilledRunFirst(@TempDir Path elsewhere) throws IOException, SQLException {
        Database fresh = database(elsewhere.resolve("db"));
        try {
            Path blocker = elsewhere.resolve("share");
            Files.writeString(blocker, "not a folder");
            Path reports = blocker.resolve("reports");
            long runId = failedRun(Cli.run(fresh, "screen", "--out", reports.toString(), "--as-of", "2026-11-26",
                    SAMPLE.toString()));
            try (Connection connection = fresh.connect(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN',"
                        + " end_time = null where job_execution_id = " + runId);
                sql.executeUpdate("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING',"
                        + " end_time = null where job_execution_id = " + runId + " and status = 'FAILED'");
                sql.executeUpdate("update screening_run set status = 'STARTED', finished_at = null where run_id = " + runId);
            }
            Files.delete(blocker);
            Cli.Result listed = Cli.run(fresh, "runs");
            assertThat(listed.out()).containsPattern("(?m)^" + runId + " .*ABANDONED")
                    .contains("run " + runId + ": its process died without ending it; claimscreen restart " + runId
                            + " resumes it");
            assertThat(Cli.run(fresh, "show", Long.toString(runId)).out()).startsWith("run " + runId + ": ABANDONED")
                    .contains("claimscreen restart " + runId + " resumes it");

            Cli.Result restarted = Cli.run(fresh, "restart", "--last");

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            assertThat(restarted.err()).contains("run " + runId + " was left STARTED by a process that no longer runs:"
                    + " marked it failed");
            assertThat(screened(restarted)).isEqualTo(runId);
            assertThat(findingsByRule(reports, runId)).isEqualTo(SampleExpectations.FINDINGS_BY_RULE);
        } finally {
            fresh.drop().run();
        }
    }

    /**
     * A run whose partitions worker processes screened (issue 18's Ops): runs says, under its table,
     * how many workers and how its partitions stand. The attempts of a run of the sample are set
     * to what two workers leave: worker A screened every partition, and B has taken over the
     * first one (A died in it) and is still at it. RemotePartitioningPostgresIT runs real workers;
     * a run screened by its own process gets no such line (the list's test above).
     */
    @Test
    @Order(8)
    void runsSaysHowManyWorkersScreenedARunAndHowItsPartitionsStand(@TempDir Path elsewhere) throws SQLException {
        Database fresh = database(elsewhere.resolve("db"));
        try {
            long runId = screened(Cli.run(fresh, "screen", "--out", elsewhere.resolve("out").toString(), "--as-of",
                    "2026-11-26", SAMPLE.toString()));
            long partitions;
            try (Connection connection = fresh.connect(); Statement sql = connection.createStatement()) {
                long firstStep;
                try (var rows = sql.executeQuery("select count(distinct bucket), min(step_execution_id)"
                        + " from partition_attempt where run_id = " + runId)) {
                    rows.next();
                    partitions = rows.getLong(1);
                    firstStep = rows.getLong(2);
                }
                sql.executeUpdate("update partition_attempt set worker = 'worker on host a (pid 11)' where run_id = " + runId);
                sql.executeUpdate("insert into partition_attempt (step_execution_id, run_id, bucket, worker, started_at)"
                        + " select step_execution_id, run_id, bucket, 'worker on host b (pid 22)', started_at"
                        + " from partition_attempt where step_execution_id = " + firstStep);
                sql.executeUpdate("update batch_step_execution set status = 'STARTED', end_time = null"
                        + " where step_execution_id = " + firstStep);
            }
            assertThat(partitions).isPositive();

            Cli.Result listed = Cli.run(fresh, "runs");

            assertThat(listed.exit()).as(listed.err()).isZero();
            List<String> lines = listed.out().lines().toList();
            assertThat(lines.get(1)).startsWith(runId + " ");
            assertThat(lines).last().isEqualTo("run " + runId + ": 2 workers, " + partitions
                    + (partitions == 1 ? " partition (" : " partitions (") + (partitions - 1) + " completed, 1 running)");
        } finally {
            fresh.drop().run();
        }
    }

    private static long lastExecutionId(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
                var rows = sql.executeQuery("select max(job_execution_id) from batch_job_execution")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long screened(Cli.Result result) {
        Matcher run = Pattern.compile("run (\\d+) screened \\d+ file").matcher(result.out());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return Long.parseLong(run.group(1));
    }

    private static long failedRun(Cli.Result result) {
        Matcher run = Pattern.compile("claimscreen: run (\\d+) failed: ").matcher(result.err());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return Long.parseLong(run.group(1));
    }

    private long findingsOf(long runId) {
        return SampleExpectations.FINDINGS_BY_RULE.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static Map<String, Integer> findingsByRule(Path out, long runId) throws IOException {
        JsonNode summary = JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve(Long.toString(runId)).resolve("summary.json")));
        Map<String, Integer> found = new LinkedHashMap<>();
        summary.get("findings_by_rule").properties().forEach(e -> found.put(e.getKey(), e.getValue().asInt()));
        return found;
    }
}
