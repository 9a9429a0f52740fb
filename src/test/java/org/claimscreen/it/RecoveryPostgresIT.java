package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscreen.testdata.ClaimCsvGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing lost, nothing twice: a large generated claim file is screened once without
 * interruption (the reference), then again in fresh PostgreSQL databases by a process that is
 * killed with SIGKILL at a chosen point, or whose database connection is cut, and restarted with
 * {@code restart}. Every restarted run must store exactly the reference's findings, verdicts and
 * rejects and write the same reports. While one run is screening the file, a second process must
 * leave that file alone and a restart of the running run must be refused.
 *
 * <p>Size: {@code -Dclaimscreen.it.recovery.lines} (default 100,000 lines).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryPostgresIT {

    static final Path SAMPLE = Path.of("sample-data");
    static final int LINES = Integer.getInteger("claimscreen.it.recovery.lines", 100_000);
    static final String AS_OF = "2026-11-26";

    /** Many partitions (about 1 MB of input each), so that a kill can fall between them. */
    static final List<String> SMALL_PARTITIONS = List.of("-Dclaimscreen.partition.bytes=1000000");

    Path work;
    Path claims;
    Outcome reference;

    /** What a run left: rows in the database and report files, with run ids and times taken out. */
    record Outcome(List<String> findings, List<String> verdicts, List<String> rejects, long lines,
            Map<String, String> reports) {
    }

    @BeforeAll
    void screenTheReferenceRun(@TempDir Path work) throws Exception {
        this.work = work;
        claims = ClaimCsvGenerator.write(work.resolve("claims-generated.csv"), LINES, 20261126L,
                SAMPLE.resolve("plans.csv"), SAMPLE.resolve("providers.csv")).file();
        Database db = Database.freshPostgres();
        try {
            Path out = work.resolve("reference");
            ChildCli.Result done = ChildCli.run(db.url(), db, work.resolve("logs"), screen(out));
            assertThat(done.exit()).as(done.err()).isZero();
            reference = outcome(db, out, runOf(done.out()), true);
            assertThat(reference.findings()).hasSizeGreaterThan(LINES / 4);
            assertThat(reference.rejects()).isNotEmpty();
            assertThat(done.err()).contains("run " + runOf(done.out()) + " COMPLETED in ");
        } finally {
            db.drop().run();
        }
    }

    @Test
    @Order(1)
    void killedWhileRoutingARestartScreensEveryClaimOnce() throws Exception {
        killAndRestart("route", List.of(), (db, out) -> count(db, "select count(*) from batch_step_execution"
                + " where step_name = 'routeInputs' and status = 'STARTED'") == 1
                && bucketBytes(out) > 256 * 1024);
    }

    /** Inside a partition: some partitions recorded done, the others not yet. */
    @Test
    @Order(6)
    void killedBetweenPartitionsARestartRedoesOnlyThoseNotDone() throws Exception {
        killAndRestart("partition", List.of(), (db, out) -> count(db, "select count(*) from batch_step_execution"
                + " where step_name like 'screenBucket:%' and status = 'COMPLETED'") >= 2);
    }

    /**
     * Between a partition's part files (forced to disk) and its commit: the files are there, the
     * rows are not; the restart redoes the partition and writes its part files anew.
     */
    @Test
    @Order(7)
    void killedBetweenAPartFileAndItsCommitARestartRedoesThePartition() throws Exception {
        killAndRestart("part-file", List.of("-Dclaimscreen.partition.pause-before-commit=60s"),
                (db, out) -> partFiles(out) >= 1 && count(db, "select count(*) from screened_claim") == 0);
    }

    /** Bytes of bucket files the route has written so far (its buffers flush as it goes). */
    private static long bucketBytes(Path out) throws IOException {
        return workFiles(out).filter(file -> file.getFileName().toString().startsWith("bucket-"))
                .mapToLong(file -> file.toFile().length()).sum();
    }

    private static long partFiles(Path out) throws IOException {
        return workFiles(out).filter(file -> file.getFileName().toString().endsWith(".part")).count();
    }

    private static Stream<Path> workFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.getParent().getFileName().toString().equals(".work")).toList().stream();
        }
    }

    @Test
    @Order(2)
    void killedWhileWritingReportsARestartWritesTheSameReports() throws Exception {
        killAndRestart("reports", List.of(), (db, out) -> count(db, "select count(*) from batch_step_execution"
                + " where step_name = 'writeReports' and status = 'STARTED'") == 1
                && Files.exists(out.resolve(Long.toString(count(db, "select min(run_id) from screening_run")))
                        .resolve("summary.json")));
    }

    /**
     * The lock, with two real processes: while run A screens the file, B leaves it alone (exit 3
     * when it is all B has, the rest screened otherwise) and a restart of A is refused; once A is
     * killed, the restart goes ahead and A ends as the reference did.
     */
    @Test
    @Order(3)
    void aRunningRunKeepsOthersOffItsFileAndIsRestartedOnlyOnceItsProcessIsGone() throws Exception {
        Database db = Database.freshPostgres();
        try {
            Path out = work.resolve("screening");
            Path logs = work.resolve("logs");
            // A is paused (SIGSTOP) while B runs, so it cannot finish first: silent, but its process is
            // there, which is alive as long as it is silent for less than stale-after (10 minutes here)
            List<String> patient = new ArrayList<>(SMALL_PARTITIONS);
            patient.add("-Dclaimscreen.lock.stale-after=10m");
            ChildCli.Running a = ChildCli.start(db.url(), db, logs, patient, screen(out));
            awaitPoint(a, db, "screening", () -> count(db, "select count(*) from screened_claim") >= 1_000);
            a.pause();
            long runA = count(db, "select min(run_id) from screening_run");

            ChildCli.Result sameFile = ChildCli.run(db.url(), db, logs, patient, screen(out));
            assertThat(sameFile.exit()).as(sameFile.err()).isEqualTo(3);
            assertThat(sameFile.err()).contains("claimscreen: nothing to do: claims-generated.csv is being screened by run "
                    + runA + " on host ").contains("(pid " + a.pid() + ")");

            ChildCli.Result withAnother = ChildCli.run(db.url(), db, logs, patient, "screen", "--out", out.toString(), "--as-of",
                    AS_OF, "--plans", SAMPLE.resolve("plans.csv").toString(), "--providers",
                    SAMPLE.resolve("providers.csv").toString(), claims.toString(),
                    SAMPLE.resolve("claims-2026-11-26.csv").toString());
            assertThat(withAnother.exit()).as(withAnother.err()).isZero();
            assertThat(withAnother.out()).contains("screened 1 file(s)")
                    .contains("skipped claims-generated.csv: being screened by run " + runA);
            assertThat(withAnother.err()).contains("claims-generated.csv: being screened by run " + runA
                    + " on host ").contains("left out of this run");

            ChildCli.Result refused = ChildCli.run(db.url(), db, logs, patient, "restart", Long.toString(runA));
            assertThat(refused.exit()).as(refused.err()).isEqualTo(2);
            assertThat(refused.err()).contains("claimscreen: run " + runA + " is still running on host ")
                    .contains("(pid " + a.pid() + ", heard from ");
            assertThat(Files.readString(a.err())).doesNotContain("COMPLETED");

            a.kill();
            ChildCli.Result restarted = ChildCli.run(db.url(), db, logs, "restart", Long.toString(runA));

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            assertThat(restarted.err()).contains("run " + runA + " was left STARTED by a process that no longer runs");
            assertSameAsReference(db, out, runA, false);
        } finally {
            db.drop().run();
        }
    }

    /**
     * The database goes away mid-run (a proxy in front of it drops every connection): the run
     * fails within bounded time with one line and exit 1; once the database is back, restart
     * finishes it with the reference's findings.
     */
    @Test
    @Order(4)
    void aRunThatLosesItsDatabaseFailsInOneLineAndARestartFinishesIt() throws Exception {
        Database db = Database.freshPostgres();
        Matcher server = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/").matcher(db.url());
        assertThat(server.find()).as(db.url()).isTrue();
        try (TcpProxy proxy = new TcpProxy(server.group(1), Integer.parseInt(server.group(2)))) {
            String proxied = server.replaceFirst("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/");
            Path out = work.resolve("outage");
            Path logs = work.resolve("logs");
            ChildCli.Running run = ChildCli.start(proxied, db, logs, SMALL_PARTITIONS, screen(out));
            awaitPoint(run, db, "screening", () -> count(db, "select count(*) from screened_claim") >= 2_000);

            proxy.cut();
            ChildCli.Result failed = run.await(5);

            assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
            List<String> said = failed.err().lines().filter(line -> line.startsWith("claimscreen:")).toList();
            assertThat(said).as(failed.err()).hasSize(1);
            assertThat(said.get(0)).startsWith("claimscreen: lost the database: ")
                    .endsWith("claimscreen restart --last resumes it once the database is back)");
            assertThat(failed.err()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Caused by");

            proxy.reopen();
            ChildCli.Result restarted = ChildCli.run(proxied, db, logs, "restart", "--last");

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            assertSameAsReference(db, out, count(db, "select min(run_id) from screening_run"), true);
        } finally {
            db.drop().run();
        }
    }

    /** Also the fourth kill point: between the steps' commits, wherever screening stands. */
    @Test
    @Order(5)
    void killedWhileScreeningClaimsARestartScreensEveryClaimOnce() throws Exception {
        killAndRestart("screen", List.of(), (db, out) -> count(db, "select count(*) from screened_claim") >= 10_000);
    }

    private interface Point {
        boolean reached(Database db, Path out) throws Exception;
    }

    private void killAndRestart(String name, List<String> jvmOptions, Point point) throws Exception {
        Database db = Database.freshPostgres();
        try {
            Path out = work.resolve(name);
            Path logs = work.resolve("logs");
            List<String> options = new ArrayList<>(SMALL_PARTITIONS);
            options.addAll(jvmOptions);
            ChildCli.Running run = ChildCli.start(db.url(), db, logs, options, screen(out));
            awaitPoint(run, db, name, () -> point.reached(db, out));
            run.kill();

            ChildCli.Result restarted = ChildCli.run(db.url(), db, logs, "restart", "--last");

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            long runId = runOf(restarted.out());
            assertThat(restarted.err()).contains("run " + runId + " was left STARTED by a process that no longer runs:"
                    + " marked it failed");
            assertSameAsReference(db, out, runId, true);
        } finally {
            db.drop().run();
        }
    }

    private void assertSameAsReference(Database db, Path out, long runId, boolean sameHistory) throws Exception {
        Outcome restarted = outcome(db, out, runId, sameHistory);
        assertThat(restarted.lines()).isEqualTo(reference.lines());
        assertThat(restarted.rejects()).isEqualTo(reference.rejects());
        assertThat(restarted.verdicts()).isEqualTo(reference.verdicts());
        assertThat(restarted.findings()).isEqualTo(reference.findings());
        Map<String, String> expected = new TreeMap<>(reference.reports());
        if (!sameHistory) {
            expected.replaceAll((file, text) -> file.equals("summary.json") ? withoutChanges(text) : text);
        }
        assertThat(restarted.reports().keySet()).isEqualTo(expected.keySet());
        expected.forEach((file, text) -> assertThat(restarted.reports().get(file)).as(file).isEqualTo(text));
    }

    private void awaitPoint(ChildCli.Running run, Database db, String name, BooleanSupplierWithException reached)
            throws Exception {
        long deadline = System.nanoTime() + 5L * 60 * 1_000_000_000;
        while (!reachedYet(reached)) {
            if (!run.process().isAlive()) {
                throw new AssertionError("the run ended before the kill point '" + name + "':\n" + run.errSoFar());
            }
            if (System.nanoTime() > deadline) {
                run.kill();
                throw new AssertionError("the run did not reach the kill point '" + name + "' in 5 minutes");
            }
            Thread.sleep(25);
        }
    }

    /** Before Flyway has made the tables, the point is not reached yet. */
    private static boolean reachedYet(BooleanSupplierWithException reached) throws Exception {
        try {
            return reached.get();
        } catch (SQLException notYet) {
            return false;
        }
    }

    @FunctionalInterface
    private interface BooleanSupplierWithException {
        boolean get() throws Exception;
    }

    private String[] screen(Path out) {
        return new String[] {"screen", "--out", out.toString(), "--as-of", AS_OF, "--plans",
            SAMPLE.resolve("plans.csv").toString(), "--providers", SAMPLE.resolve("providers.csv").toString(),
            claims.toString()};
    }

    /** What run {@code runId} left in {@code db} and under {@code out} (also the remote partitioning test's yardstick). */
    static Outcome outcome(Database db, Path out, long runId, boolean withChanges) throws Exception {
        try (Connection connection = db.connect()) {
            List<String> findings = rows(connection, "select claim_id, line_number, rule_id, severity, denial_code,"
                    + " liable, amount_at_risk_cents, patient_estimate_cents, message from finding where run_id = " + runId
                    + " order by claim_id, line_number, rule_id, message");
            List<String> verdicts = rows(connection, "select claim_id, status, lines, charge_cents, amount_at_risk_cents,"
                    + " patient_estimate_cents from screened_claim where run_id = " + runId + " order by claim_id");
            List<String> rejects = rows(connection, "select kind, source_line, claim_id, column_name, reason"
                    + " from claim_reject where run_id = " + runId + " order by source_line, kind, claim_id, reason");
            // each screened claim's lines once: a partition recorded twice would show here
            long lines = count(connection, "select count(*) from service_line where run_id = " + runId);
            return new Outcome(findings, verdicts, rejects, lines, reports(out.resolve(Long.toString(runId)), withChanges));
        }
    }

    /** Every file of the run's folder (report.html aside: it shows times), run ids and times taken out. */
    private static Map<String, String> reports(Path runDir, boolean withChanges) throws IOException {
        Map<String, String> reports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = runDir.relativize(file).toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                reports.put(name, switch (name) {
                    case "summary.json" -> withChanges ? withoutRunAndTimes(text) : withoutChanges(text);
                    case "findings.json" -> String.join("\n", text.lines().map(RecoveryPostgresIT::withoutRunAndTimes).toList());
                    case "findings.csv" -> text.replaceAll("(?m)^\\d+,", "RUN,");
                    case "report.html" -> "(shows times)";
                    default -> text;
                });
            }
        }
        return reports;
    }

    private static String withoutChanges(String json) {
        ObjectNode summary = (ObjectNode) JsonMapper.builder().build().readTree(withoutRunAndTimes(json));
        summary.remove("changes_since_previous_run");
        return summary.toString();
    }

    private static String withoutRunAndTimes(String json) {
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        strip(tree);
        return tree.toString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("run_id", "started_at", "finished_at", "history_cutoff"));
        }
        for (Iterator<JsonNode> children = node.values().iterator(); children.hasNext();) {
            strip(children.next());
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection connection = db.connect()) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long runOf(String out) {
        Matcher run = Pattern.compile("run (\\d+) screened \\d+ file").matcher(out);
        assertThat(run.find()).as(out).isTrue();
        return Long.parseLong(run.group(1));
    }
}
