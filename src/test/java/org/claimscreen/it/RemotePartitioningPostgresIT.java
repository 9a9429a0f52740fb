package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.claimscreen.testdata.ClaimCsvGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning for real (issue 18): the built jar as a manager ({@code screen --workers})
 * and as worker processes, against the RabbitMQ (127.0.0.1:5672, guest/guest) and PostgreSQL of
 * this machine. A worker killed with SIGKILL mid-partition, one hung (SIGSTOP) mid-partition, a manager killed mid-run, a broker
 * that is not there at start and one lost mid-run: each run ends with exactly the rows and
 * reports of the same claims screened by one process. Each test has a queue of its own.
 *
 * <p>Size: {@code -Dclaimscreen.it.workers.lines} (default 30,000 lines, about 15 partitions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningPostgresIT {

    static final Path SAMPLE = Path.of("sample-data");
    static final Path JAR = Path.of("target", "claimscreen.jar");
    static final int LINES = Integer.getInteger("claimscreen.it.workers.lines", 30_000);
    static final String BROKER = System.getenv().getOrDefault("CLAIMSCREEN_TEST_RABBITMQ_URL",
            "amqp://guest:guest@127.0.0.1:5672");
    /** Partitions of about 300 kB of input, so that a run has many and a kill falls inside one. */
    static final String SMALL_PARTITIONS = "-Dclaimscreen.partition.bytes=300000";

    Path work;
    Path claims;
    RecoveryPostgresIT.Outcome reference;
    String queue;
    Database db;
    final List<Process> processes = new ArrayList<>();

    @BeforeAll
    void screenTheReferenceInOneProcess(@TempDir Path work) throws Exception {
        this.work = work;
        claims = ClaimCsvGenerator.write(work.resolve("claims-generated.csv"), LINES, 20261207L,
                SAMPLE.resolve("plans.csv"), SAMPLE.resolve("providers.csv")).file();
        Database one = Database.freshPostgres();
        try {
            Path out = work.resolve("one-process");
            Process manager = start(one, "one-process", List.of(SMALL_PARTITIONS), screen(out, false));
            Ended done = await(manager, "one-process");
            assertThat(done.exit()).as(done.err()).isZero();
            reference = RecoveryPostgresIT.outcome(one, out, RecoveryPostgresIT.runOf(done.out()), true);
            assertThat(reference.findings()).hasSizeGreaterThan(LINES / 4);
        } finally {
            one.drop().run();
        }
    }

    @BeforeEach
    void freshDatabaseAndQueue() {
        db = Database.freshPostgres();
        queue = "claimscreen.it." + UUID.randomUUID();
    }

    @AfterEach
    void stopEverythingAndDropTheQueue() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        processes.clear();
        db.drop().run();
        try (com.rabbitmq.client.Connection connection = broker().newConnection();
                Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }

    @Test
    void aWorkerKilledMidPartitionLeavesItToTheOtherAndTheRunEndsAsOnOneProcess() throws Exception {
        // each partition waits 2 s between its part files and its commit: the kill falls inside one
        Process workerA = start(db, "worker-a", List.of("-Dclaimscreen.partition.pause-before-commit=2s"),
                "worker", "--threads", "1");
        Process workerB = start(db, "worker-b", List.of("-Dclaimscreen.partition.pause-before-commit=2s"),
                "worker", "--threads", "1");
        Path out = work.resolve("killed-worker");
        Process manager = start(db, "killed-worker", List.of(SMALL_PARTITIONS), screen(out, true));

        awaitInsideAPartition(workerA);
        workerA.destroyForcibly();
        workerA.waitFor();

        Ended done = await(manager, "killed-worker");
        assertThat(done.exit()).as(done.err()).isZero();
        long runId = RecoveryPostgresIT.runOf(done.out());
        assertSameAsOneProcess(out, runId);
        // the partition A died in was screened again, by B, from nothing
        assertThat(partitionsTakenOver(workerA, workerB)).isEqualTo(1);
        assertThat(count("select count(*) from partition_recorded where run_id = " + runId))
                .isEqualTo(count("select count(*) from batch_step_execution where step_name like 'screenBucket:%'"));
        assertThat(Files.readString(log("worker-b"), StandardCharsets.UTF_8)).contains("COMPLETED in");
        Ended shown = await(start(db, "show", List.of(), "show", Long.toString(runId)), "show");
        assertThat(shown.out()).contains("  partitions ").contains("(pid " + workerB.pid() + "): ")
                .containsPattern("\\(pid " + workerA.pid() + "\\): .*1 given up \\(taken over by another\\)");
        Ended listed = await(start(db, "runs", List.of(), "runs"), "runs");
        long partitions = count("select count(*) from batch_step_execution where step_name like 'screenBucket:%'");
        assertThat(listed.out()).contains("run " + runId + ": 2 workers, " + partitions + " partitions (" + partitions
                + " completed)");
    }

    @Test
    void aWorkerStoppedMidPartitionIsTakenOverAndRecordsNothingWhenItWakes() throws Exception {
        // given two workers whose broker connection and database sessions give up on a silence of seconds
        // (20 s and 120 s by default; the pause inside each partition's transaction, for the stop to fall in,
        // counts against the latter too)
        List<String> quickToGiveUp = List.of("-Dclaimscreen.partition.pause-before-commit=2s",
                "-Dspring.rabbitmq.requested-heartbeat=2s", "-Dclaimscreen.db.idle-transaction-timeout=10s");
        Process workerA = start(db, "worker-a", quickToGiveUp, "worker", "--threads", "1");
        Process workerB = start(db, "worker-b", quickToGiveUp, "worker", "--threads", "1");
        Path out = work.resolve("stopped-worker");
        Process manager = start(db, "stopped-worker", List.of(SMALL_PARTITIONS), screen(out, true));
        awaitInsideAPartition(workerA);

        // when A hangs (SIGSTOP: alive, connected, silent) and wakes only after the run ended
        signal(workerA, "STOP");
        Ended done;
        try {
            done = await(manager, "stopped-worker");
        } finally {
            signal(workerA, "CONT");
        }

        // then B took A's partition over and the run ended as on one process
        assertThat(done.exit()).as(done.err()).isZero();
        long runId = RecoveryPostgresIT.runOf(done.out());
        assertSameAsOneProcess(out, runId);
        assertThat(partitionsTakenOver(workerA, workerB)).isEqualTo(1);
        // and A, awake, finds its session ended or the partition recorded: it keeps nothing
        assertThat(awaitLogLine(log("worker-a"), "keeps nothing", Duration.ofMinutes(1)))
                .contains("another worker took it over while this one was silent");
        assertThat(count("select count(*) from partition_recorded where run_id = " + runId))
                .isEqualTo(count("select count(*) from batch_step_execution where step_name like 'screenBucket:%'"));
        assertThat(count("select count(*) from batch_step_execution where step_name like 'screenBucket:%'"
                + " and status <> 'COMPLETED'")).isZero();
        assertSameAsOneProcess(out, runId);
    }

    /** The first line of {@code log} that contains {@code text}, once there is one. */
    private static String awaitLogLine(Path log, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line with '" + text + "' in " + log + ":\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
            Thread.sleep(200);
        }
    }

    private void awaitInsideAPartition(Process worker) throws Exception {
        awaitTrue("worker " + worker.pid() + " is inside a partition", Duration.ofMinutes(3), () -> count("""
                select count(*) from partition_attempt a join batch_step_execution s
                  on s.step_execution_id = a.step_execution_id
                where s.status = 'STARTED' and a.worker like '%(pid""" + " " + worker.pid() + ")'") > 0);
    }

    /** Partitions {@code from} began and {@code to} screened again. */
    private long partitionsTakenOver(Process from, Process to) throws SQLException {
        return count("select count(*) from partition_attempt a1 join partition_attempt a2"
                + " on a1.step_execution_id = a2.step_execution_id and a1.worker <> a2.worker"
                + " where a1.worker like '%(pid " + from.pid() + ")' and a2.worker like '%(pid " + to.pid() + ")'");
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, process.pid()).isZero();
    }

    @Test
    void aManagerKilledMidRunIsRestartedAndCarriesOnWithThePartitionsNotDone() throws Exception {
        start(db, "worker", List.of("-Dclaimscreen.partition.pause-before-commit=1s"), "worker", "--threads", "2");
        Path out = work.resolve("killed-manager");
        Process manager = start(db, "killed-manager", List.of(SMALL_PARTITIONS), screen(out, true));
        awaitTrue("a partition is recorded", Duration.ofMinutes(3),
                () -> count("select count(*) from partition_recorded") > 0);
        manager.destroyForcibly();
        manager.waitFor();
        long recordedBefore = count("select count(*) from partition_recorded");

        Process restart = start(db, "restart", List.of(), "restart", "--last");
        Ended restarted = await(restart, "restart");

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        long runId = RecoveryPostgresIT.runOf(restarted.out());
        assertThat(restarted.err()).contains("marked it failed");
        assertSameAsOneProcess(out, runId);
        long partitions = count("select count(distinct step_name) from batch_step_execution"
                + " where step_name like 'screenBucket:%'");
        assertThat(recordedBefore).isLessThan(partitions);
        assertThat(count("select count(*) from partition_recorded")).isEqualTo(partitions);
    }

    @Test
    void withoutRabbitMqNothingStartsAndTheManagerAndTheWorkerSaySoInOneLine() throws Exception {
        Map<String, String> noBroker = Map.of("CLAIMSCREEN_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:1");
        Ended manager = await(start(db, "no-broker", List.of(), noBroker, screen(work.resolve("no-broker"), true)),
                "no-broker");
        Ended worker = await(start(db, "no-broker-worker", List.of(), noBroker, "worker"), "no-broker-worker");

        assertThat(manager.exit()).isEqualTo(2);
        assertThat(manager.err()).contains("claimscreen: --workers: RabbitMQ at amqp://127.0.0.1:1 cannot be reached")
                .contains("nothing was started").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(count("select count(*) from batch_job_execution")).isZero();
        assertThat(worker.exit()).isEqualTo(1);
        assertThat(worker.err()).contains("claimscreen: worker: RabbitMQ at amqp://127.0.0.1:1 cannot be reached")
                .doesNotContain("\tat ");
    }

    @Test
    void aBrokerLostMidRunFailsTheRunCleanlyAndARestartFinishesIt() throws Exception {
        start(db, "worker", List.of("-Dclaimscreen.partition.pause-before-commit=1s"), "worker", "--threads", "2");
        Path out = work.resolve("lost-broker");
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5672)) {
            Process manager = start(db, "lost-broker", List.of(SMALL_PARTITIONS, "-Dclaimscreen.workers.broker-timeout=3s"),
                    Map.of("CLAIMSCREEN_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:" + proxy.port()),
                    screen(out, true));
            awaitTrue("a partition is recorded", Duration.ofMinutes(3),
                    () -> count("select count(*) from partition_recorded") > 0);
            proxy.cut();
            Ended failed = await(manager, "lost-broker");
            assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
            assertThat(failed.err()).contains("RabbitMQ went away").doesNotContain("\tat ");
        }
        // the partitions not started were marked failed; those under way end on the workers
        awaitTrue("no partition is running", Duration.ofMinutes(1), () -> count("select count(*) from"
                + " batch_step_execution where status in ('STARTING', 'STARTED')") == 0);
        Ended restarted = await(start(db, "restart", List.of(), "restart", "--last"), "restart");
        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertSameAsOneProcess(out, RecoveryPostgresIT.runOf(restarted.out()));
    }

    private void assertSameAsOneProcess(Path out, long runId) throws Exception {
        RecoveryPostgresIT.Outcome remote = RecoveryPostgresIT.outcome(db, out, runId, true);
        assertThat(remote.lines()).isEqualTo(reference.lines());
        assertThat(remote.rejects()).isEqualTo(reference.rejects());
        assertThat(remote.verdicts()).isEqualTo(reference.verdicts());
        assertThat(remote.findings()).isEqualTo(reference.findings());
        assertThat(remote.reports().keySet()).isEqualTo(reference.reports().keySet());
        reference.reports().forEach((file, text) -> assertThat(remote.reports().get(file)).as(file).isEqualTo(text));
    }

    private String[] screen(Path out, boolean workers) {
        List<String> args = new ArrayList<>(List.of("screen", "--out", out.toString(), "--as-of", "2026-11-26",
                "--plans", SAMPLE.resolve("plans.csv").toString(), "--providers",
                SAMPLE.resolve("providers.csv").toString()));
        if (workers) {
            args.add("--workers");
        }
        args.add(claims.toString());
        return args.toArray(String[]::new);
    }

    private Process start(Database database, String name, List<String> jvmOptions, String... args) throws IOException {
        return start(database, name, jvmOptions, Map.of(), args);
    }

    /** {@code java -jar target/claimscreen.jar ARGS}, as an operator starts it, with this test's queue and broker. */
    private Process start(Database database, String name, List<String> jvmOptions, Map<String, String> env,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dclaimscreen.lock.heartbeat=1s", "-Dclaimscreen.lock.stale-after=5s",
                "-Dclaimscreen.workers.poll=200ms", "-Dclaimscreen.workers.stop-wait=5s"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Files.createDirectories(work.resolve("logs"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(work.resolve("logs").resolve(name + ".out")
                .toFile()).redirectError(log(name).toFile());
        builder.environment().put("CLAIMSCREEN_DB_URL", database.url());
        builder.environment().put("CLAIMSCREEN_DB_USER", database.user());
        builder.environment().put("CLAIMSCREEN_DB_PASSWORD", database.password());
        builder.environment().put("CLAIMSCREEN_RABBITMQ_URL", BROKER);
        builder.environment().put("CLAIMSCREEN_WORKERS_QUEUE", queue == null ? "claimscreen.it.reference" : queue);
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private Path log(String name) {
        return work.resolve("logs").resolve(name + ".err");
    }

    record Ended(int exit, String out, String err) {
    }

    private Ended await(Process process, String name) throws Exception {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end within 10 minutes:\n" + Files.readString(log(name)));
        }
        return new Ended(process.exitValue(),
                Files.readString(work.resolve("logs").resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(log(name), StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(String what, Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (SQLException tablesNotYetMade) {
                // Flyway has not made them yet
            }
            assertThat(System.nanoTime()).as("in time: %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long count(String sql) throws SQLException {
        return RecoveryPostgresIT.count(db, sql);
    }

    private static ConnectionFactory broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        return factory;
    }
}
