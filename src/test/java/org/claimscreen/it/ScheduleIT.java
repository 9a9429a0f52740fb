package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code schedule} in a process of its own, stopped with SIGTERM as a service manager stops it:
 * two jobs due every two seconds, one of which breaks (its inbox goes away) while the other goes
 * on screening what arrives; /metrics shows both; and a run under way when the stop comes ends
 * cleanly, so restart finishes it. On H2 (the database is read once the process ended); a subclass
 * runs PostgreSQL.
 */
class ScheduleIT {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    /** A loaded machine starts a JVM and Spring slowly; nothing here waits longer unless something is wrong. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path root;

    Database db;

    Database database(Path folder) {
        return Database.h2(folder);
    }

    @BeforeEach
    void openDatabase() {
        db = database(root.resolve("db"));
    }

    @AfterEach
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void runsEachJobAtItsTimesAndGoesOnWhenOneOfThemFails() throws Exception {
        // given: every jobs/*.yaml with a schedule, as an operator's default
        Path goodInbox = inbox("good");
        Path badInbox = inbox("bad");
        job("good", "*/2 * * * * *");
        job("bad", "*/2 * * * * *");
        job("unscheduled", null); // its inbox is not there: schedule passes it over all the same
        Files.copy(SAMPLE.resolve("claims-2026-11-26.csv"), goodInbox.resolve("claims-2026-11-26.csv"));

        try (CliProcess schedule = CliProcess.start(db, root, "schedule", "--metrics-port", "0")) {
            // when
            int port = Integer.parseInt(schedule.awaitErr("metrics at http://0\\.0\\.0\\.0:(\\d+)/metrics", 1, PATIENCE)
                    .group(1));
            schedule.awaitErr("job good: run \\d+ COMPLETED", 1, PATIENCE);
            FileSystemUtils.deleteRecursively(badInbox); // an unmounted share, say
            schedule.awaitErr("job bad: not run: .*input\\.dir: no such folder", 2, PATIENCE);
            // dropped as jobs/README.md says: copied under a name no pattern takes, then renamed
            Files.copy(SAMPLE.resolve("claims-2026-11-26-westside.csv"), goodInbox.resolve("westside.csv.part"));
            Files.move(goodInbox.resolve("westside.csv.part"), goodInbox.resolve("westside.csv"),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            schedule.awaitErr("job good: run \\d+ COMPLETED", 2, PATIENCE);
            String metrics = get(port, "/metrics");
            int notFound = HttpClient.newHttpClient().send(request(port, "/other"), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            int exit = schedule.terminate(PATIENCE);

            // then
            String err = schedule.err();
            assertThat(err).contains("schedule: 2 job(s): bad, good")
                    .contains("job good: scheduled \"*/2 * * * * *\"")
                    .doesNotContain("job unscheduled")
                    .contains("schedule: SIGTERM: no new runs")
                    .contains("schedule: stopped");
            assertThat(exit).as(schedule.err()).isZero();
            assertThat(metrics)
                    .contains("claimscreen_runs_total{job=\"good\",outcome=\"completed\"} 2.0")
                    // at least twice: how often depends on how long the good job's runs take on a loaded machine
                    .containsPattern("claimscreen_runs_total\\{job=\"bad\",outcome=\"refused\"\\} ([2-9]|[1-9][0-9]+)\\.0")
                    .contains("claimscreen_findings_total{job=\"good\",rule=\"MCR-MASSAGE-STANDALONE\"}")
                    .contains("claimscreen_claims_total{job=\"good\",status=\"held\"}")
                    .contains("claimscreen_lines_read_total{job=\"good\"} "
                            + (SampleExpectations.FIRST_FILE_LINES + 131) + ".0")
                    .contains("claimscreen_run_duration_seconds_count{job=\"good\",outcome=\"completed\"} 2");
            assertThat(notFound).isEqualTo(404);
        }
        assertThat(RunJobIT.filesIn(goodInbox)).isEmpty();
        assertThat(RunJobIT.filesIn(root.resolve("var/good/archive"))).hasSize(2);
        List<String> runs = Cli.run(db, "runs").out().lines().skip(1).toList();
        assertThat(runs).hasSize(2).allMatch(line -> line.matches("\\d+ +good +.* COMPLETED .*"));
    }

    /**
     * SIGTERM while a run is under way: the run is asked to stop at its next chunk and ends STOPPED
     * (never left STARTED), its files stay in the inbox, and restart finishes it and moves them.
     */
    @Test
    void aRunUnderWayWhenStoppedEndsStoppedAndRestartFinishesIt() throws Exception {
        Path inbox = inbox("big");
        job("big", "*/2 * * * * *");
        writeBigExport(inbox.resolve("big.csv"), 20);

        long runId;
        try (CliProcess schedule = CliProcess.start(db, root, "schedule", "big")) {
            schedule.awaitErr("job big: run starting", 1, PATIENCE);
            int exit = schedule.terminate(PATIENCE);

            assertThat(exit).as(schedule.err()).isZero();
            assertThat(schedule.err()).contains("schedule: stopped");
            MatchResult ended = schedule.awaitErr("job big: run (\\d+) (COMPLETED|ended STOPPED)", 1, Duration.ZERO);
            runId = Long.parseLong(ended.group(1));
            Assumptions.assumeTrue(ended.group(2).equals("ended STOPPED"), "the run ended before the stop came");
            assertThat(schedule.err()).contains("schedule: asked run " + runId + " to stop at its next chunk");
        }
        assertThat(Cli.run(db, "runs").out()).containsPattern("(?m)^" + runId + " +big +.*STOPPED");
        assertThat(RunJobIT.filesIn(inbox)).containsExactly("big.csv");

        Cli.Result restarted = Cli.run(db, "restart", Long.toString(runId));

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("archived  1 file(s)");
        assertThat(RunJobIT.filesIn(inbox)).isEmpty();
    }

    /**
     * A stop that comes while the partitions are about to commit: they commit, and each ends
     * STOPPED with its work recorded. The restart must not record any of them again.
     */
    @Test
    void aPartitionStoppedRightAfterItsCommitIsNotScreenedAgainOnRestart() throws Exception {
        Path inbox = inbox("paused");
        job("paused", "*/2 * * * * *");
        writeBigExport(inbox.resolve("big.csv"), 20);
        Path reports = root.resolve("var").resolve("paused").resolve("reports");

        long runId;
        try (CliProcess schedule = CliProcess.start(db, root,
                List.of("-Dclaimscreen.partition.pause-before-commit=3s"), "schedule", "paused")) {
            schedule.awaitErr("job paused: run starting", 1, PATIENCE);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partFiles(reports) == 0) {
                assertThat(System.nanoTime()).as("part files written in time").isLessThan(deadline);
                Thread.sleep(20);
            }
            int exit = schedule.terminate(PATIENCE);

            assertThat(exit).as(schedule.err()).isZero();
            MatchResult ended = schedule.awaitErr("job paused: run (\\d+) (COMPLETED|ended STOPPED)", 1, Duration.ZERO);
            runId = Long.parseLong(ended.group(1));
            assertThat(ended.group(2)).as(schedule.err()).isEqualTo("ended STOPPED");
        }

        Cli.Result restarted = Cli.run(db, "restart", Long.toString(runId));

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("archived  1 file(s)");
    }

    private static long partFiles(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(reports)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).count();
        }
    }

    Path inbox(String job) throws IOException {
        return Files.createDirectories(root.resolve("var").resolve(job).resolve("inbox"));
    }

    /** jobs/NAME.yaml over var/NAME/: inbox, archive, failed, reports. */
    void job(String name, String cron) throws IOException {
        Files.createDirectories(root.resolve("jobs"));
        Files.writeString(root.resolve("jobs").resolve(name + ".yaml"), """
                name: %s
                %s
                input:
                  dir: ../var/%s/inbox
                  archive: ../var/%s/archive
                  failed: ../var/%s/failed
                reference:
                  plans: %s
                  providers: %s
                output:
                  dir: ../var/%s/reports
                """.formatted(name, cron == null ? "" : "schedule: \"" + cron + "\"", name, name, name,
                SAMPLE.resolve("plans.csv"), SAMPLE.resolve("providers.csv"), name));
    }

    /** The sample export {@code copies} times over, each copy's claims under ids of their own. */
    static void writeBigExport(Path file, int copies) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("claims-2026-11-26.csv"));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(lines.get(0) + "\n");
            for (int copy = 0; copy < copies; copy++) {
                for (String line : lines.subList(1, lines.size())) {
                    writer.write("X" + copy + "-" + line + "\n");
                }
            }
        }
    }

    static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(port, path),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        return response.body();
    }

    static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .build();
    }
}
