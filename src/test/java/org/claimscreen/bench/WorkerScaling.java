package org.claimscreen.bench;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscreen.bench.BenchmarkRun.CpuWatch;
import org.claimscreen.bench.BenchmarkRun.Postgres;
import org.claimscreen.bench.BenchmarkRun.Timing;
import org.claimscreen.testdata.BenchClaimFiles;

/**
 * Bench part {@code workers} (issue 18): the same CSV file screened once per entry of
 * {@code bench.workers.runs} (default {@code 1,2,4}), each into a fresh PostgreSQL database. {@code 1} is
 * the ordinary one-process run ({@code ./claimscreen screen}, the partitions on its own threads);
 * {@code N > 1} starts N {@code ./claimscreen worker --threads T} processes ({@code bench.workers.threads},
 * default 1) on a RabbitMQ queue of the run's own, waits until each takes partitions, then times
 * {@code ./claimscreen screen --workers} from its launch to its exit. After each run: every partition's
 * worker, state and time from {@code partition_attempt} and Spring Batch's step executions, the CPU of
 * the manager, the workers and the database's backends, and a digest of every report file, raw and
 * with what must differ between runs taken out (run ids and times), compared with the first run's. The
 * workers are stopped (SIGTERM, then SIGKILL after 60 s) and the queue deleted whatever happened; the
 * report folder is deleted once digested (10M lines write about 13 GB) unless
 * {@code bench.workers.keepOutputs}. Each run's figures go to {@code results-workers-LINES.md} as soon
 * as it ends, so a benchmark cut short keeps what it measured.
 */
final class WorkerScaling {

    /** JSON fields that differ between two runs of the same claims: the run's id and its times. */
    private static final Pattern JSON_RUN_AND_TIMES = Pattern.compile(
            "(\"(?:run_id|started_at|finished_at|history_cutoff|generated_at)\"\\s*:\\s*)(\"[^\"]*\"|-?[0-9.]+|null)");
    /** A date with a time of day (claims' service dates have none): the report page's run times. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    /** One attempt at a partition: who ran it, how it ended, when (epoch ms; end -1 when it did not). */
    record Partition(String step, String worker, String status, long startMs, long endMs) {
        double seconds() {
            return endMs < 0 ? Double.NaN : (endMs - startMs) / 1000.0;
        }
    }

    /** A report file's SHA-256, raw and normalised ({@link #normalise}), and what the normalisation took out. */
    record Digest(String raw, String normalised, String normalisedWhat) {
    }

    record Result(String name, int workers, Timing manager, double workersReadySeconds, double workersCpu,
            List<Partition> partitions, String summary, String phases, Map<String, Digest> reports, String loadBefore,
            String loadAfter) {

        String label() {
            return workers == 1 ? "1 process" : workers + " workers";
        }

        List<Partition> completed() {
            return partitions.stream().filter(p -> p.status().equals("COMPLETED") && p.endMs() >= 0).toList();
        }

        double partitionSeconds() {
            return completed().stream().mapToDouble(Partition::seconds).sum();
        }

        double longest() {
            return completed().stream().mapToDouble(Partition::seconds).max().orElse(Double.NaN);
        }

        /** screenPartitions' wall time, from the phases' text. */
        double screenPartitionsSeconds() {
            Matcher m = Pattern.compile("screenPartitions(?: \\([^)]*\\))? ([0-9.]+) s").matcher(phases);
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
    }

    /** BenchmarkRun's launcher, prepared (extracted jar, CDS archive) before each run. */
    interface Launcher {
        Path prepared() throws Exception;
    }

    interface Phases {
        List<JfrBreakdown.Window> of(String database, Timing timing) throws SQLException;
    }

    private final Postgres postgres;
    private final Path dir;
    private final Path logs;
    private final Launcher launchers;
    private Path launcher;
    private final String heap;
    private final long lines;
    private final long analyzeEverySeconds;
    private final boolean keepDatabases;
    private final boolean keepOutputs;
    private final int threadsPerWorker;
    private final String broker;
    private final Phases phases;
    private final List<Process> live = new java.util.concurrent.CopyOnWriteArrayList<>();

    WorkerScaling(Postgres postgres, Path dir, Path logs, Launcher launcher, String heap, long lines, long analyzeEverySeconds,
            boolean keepDatabases, Phases phases) {
        this.postgres = postgres;
        this.dir = dir;
        this.logs = logs;
        this.launchers = launcher;
        this.heap = heap;
        this.lines = lines;
        this.analyzeEverySeconds = analyzeEverySeconds;
        this.keepDatabases = keepDatabases;
        this.keepOutputs = Boolean.getBoolean("bench.workers.keepOutputs");
        this.threadsPerWorker = Integer.getInteger("bench.workers.threads", 1);
        this.broker = System.getenv().getOrDefault("CLAIMSCREEN_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672");
        this.phases = phases;
        // a benchmark stopped half-way (Ctrl-C, kill) leaves no worker behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly), "bench-stop-workers"));
    }

    static List<Integer> runsFromProperty() {
        List<Integer> runs = new ArrayList<>();
        for (String run : System.getProperty("bench.workers.runs", "1,2,4").split(",")) {
            int n = Integer.parseInt(run.strip());
            if (n < 1) {
                throw new IllegalArgumentException("bench.workers.runs: " + run + " (1 = one process, N = N workers)");
            }
            runs.add(n);
        }
        return runs;
    }

    /** Screens {@code csv} once per run, writing the section after each; returns the section's lines. */
    List<String> run(Path csv, BenchClaimFiles.Written written, List<Integer> runs) throws Exception {
        Path results = dir.resolve("results-workers-" + lines + ".md");
        List<Result> done = new ArrayList<>();
        List<String> section = List.of();
        for (int n : runs) {
            Result result = runOnce(csv, n);
            done.add(result);
            section = section(written, done);
            Files.write(results, section, StandardCharsets.UTF_8);
            System.out.println("   written to " + results);
        }
        return section;
    }

    private Result runOnce(Path csv, int workers) throws Exception {
        String name = workers == 1 ? "workers-1-process" : "workers-" + workers;
        System.out.println("8. workers: " + (workers == 1 ? "one process (its own threads)"
                : workers + " worker processes (--threads " + threadsPerWorker + ") and a manager (screen --workers)")
                + ", into a fresh database");
        // the launcher rebuilds a jar older than src/main in the timed run: prepare it outside the timing
        launcher = launchers.prepared();
        String loadBefore = loadAverage();
        Path out = dir.resolve(name + "-out");
        BenchmarkRun.deleteTree(out);
        String database = postgres.create("bench_workers");
        String queue = "claimscreen.bench." + name + "." + Long.toString(System.nanoTime(), 36);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAIMSCREEN_DB_URL", postgres.url(database));
        env.put("CLAIMSCREEN_DB_USER", postgres.user());
        env.put("CLAIMSCREEN_DB_PASSWORD", postgres.password());
        env.put("CLAIMSCREEN_RABBITMQ_URL", broker);
        env.put("CLAIMSCREEN_WORKERS_QUEUE", queue);
        List<Process> workerProcesses = new ArrayList<>();
        List<CpuWatch> workerCpu = new ArrayList<>();
        ScheduledExecutorService autovacuum = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-analyze");
            thread.setDaemon(true);
            return thread;
        });
        try {
            double ready = 0;
            if (workers > 1) {
                long start = System.nanoTime();
                for (int i = 1; i <= workers; i++) {
                    Process worker = startWorker(name + "-worker-" + i, env);
                    workerProcesses.add(worker);
                    workerCpu.add(new CpuWatch(worker, null, null));
                }
                for (int i = 1; i <= workers; i++) {
                    awaitReady(workerProcesses.get(i - 1), logs.resolve(name + "-worker-" + i + ".err"));
                }
                ready = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "   %d workers take partitions from %s after %.1f s%n", workers, queue, ready);
            }
            if (analyzeEverySeconds > 0) {
                // as BenchmarkRun's screen part: what a default server's autovacuum would do
                autovacuum.scheduleWithFixedDelay(() -> postgres.analyze(database), analyzeEverySeconds,
                        analyzeEverySeconds, TimeUnit.SECONDS);
            }
            Path gcLog = logs.resolve(name + "-gc.log");
            Map<String, String> managerEnv = new LinkedHashMap<>(env);
            managerEnv.put("CLAIMSCREEN_JAVA_OPTS", "-Xmx" + heap + " -Dclaimscreen.measure=true -Xlog:gc:file=" + gcLog);
            List<String> command = new ArrayList<>(List.of(launcher.toString(), "screen", "--out", out.toString(), "--as-of",
                    BenchClaimFiles.AS_OF.toString(), "--force"));
            if (workers > 1) {
                command.add("--workers");
            }
            command.add(csv.toString());
            Timing manager = Timing.run(name, command, managerEnv, logs, gcLog, postgres, database);
            autovacuum.shutdownNow();
            double workersCpu = 0;
            for (CpuWatch watch : workerCpu) {
                watch.stop();
                workersCpu += watch.processSeconds();
            }
            stop(workerProcesses);
            String summary = manager.exit == 0
                    ? manager.stdout.lines().map(String::strip).filter(l -> l.startsWith("claims") || l.startsWith("findings"))
                            .reduce((a, b) -> a + "; " + b).orElse("?")
                    : manager.stderr.lines().filter(l -> l.startsWith("claimscreen:")).reduce((a, b) -> a + "; " + b)
                            .orElse("exit " + manager.exit + ", see " + logs.resolve(name + ".err"));
            String phaseText = phases.of(database, manager).stream()
                    .map(w -> String.format(Locale.ROOT, "%s %.1f s", w.name(), (w.endMs() - w.startMs()) / 1000.0))
                    .reduce((a, b) -> a + ", " + b).orElse("?");
            List<Partition> partitions = partitions(database);
            System.out.printf(Locale.ROOT, "   %.2f s, exit %d; %s%n   %s%n   digesting the reports...%n", manager.seconds,
                    manager.exit, summary, phaseText);
            long digestStart = System.nanoTime();
            Map<String, Digest> reports = manager.exit == 0 ? digests(out) : Map.of();
            System.out.printf(Locale.ROOT, "   %d report files digested in %.1f s%n", reports.size(),
                    (System.nanoTime() - digestStart) / 1e9);
            return new Result(name, workers, manager, ready, workersCpu, partitions, summary, phaseText, reports, loadBefore,
                    loadAverage());
        } finally {
            autovacuum.shutdownNow();
            stop(workerProcesses);
            deleteQueue(queue);
            if (!keepDatabases) {
                postgres.drop(database);
            }
            if (!keepOutputs) {
                BenchmarkRun.deleteTree(out);
            }
        }
    }

    private Process startWorker(String name, Map<String, String> env) throws IOException {
        Path gcLog = logs.resolve(name + "-gc.log");
        Files.deleteIfExists(gcLog);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "worker", "--threads",
                Integer.toString(threadsPerWorker)).redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        builder.environment().putAll(env);
        builder.environment().put("CLAIMSCREEN_JAVA_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog);
        Process process = builder.start();
        live.add(process);
        return process;
    }

    /** Until the worker says it takes partitions ({@code WorkerCommand}'s start line); fails if it ended. */
    private static void awaitReady(Process worker, Path err) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(err) && Files.readString(err).contains("takes partitions from queue")) {
                return;
            }
            if (!worker.isAlive()) {
                throw new IllegalStateException("a worker ended before it took partitions (exit " + worker.exitValue()
                        + "): " + Files.readString(err));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("a worker did not take partitions within 5 minutes: see " + err);
    }

    /** SIGTERM (the worker waits for partitions under way, none at this point), SIGKILL after 60 s. */
    private void stop(List<Process> workers) throws InterruptedException {
        for (Process worker : workers) {
            worker.destroy();
        }
        for (Process worker : workers) {
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
            live.remove(worker);
        }
    }

    private void deleteQueue(String queue) {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(broker);
            try (com.rabbitmq.client.Connection connection = factory.newConnection();
                    Channel channel = connection.createChannel()) {
                channel.queueDelete(queue);
            }
        } catch (Exception e) {
            System.err.println("bench: could not delete queue " + queue + ": " + e.getMessage());
        }
    }

    /** Every attempt at a partition, local or on a worker: partition_attempt with Spring Batch's state and times. */
    private List<Partition> partitions(String database) throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select s.step_name, a.worker, s.status, s.start_time, s.end_time, a.started_at
                        from partition_attempt a
                        join batch_step_execution s on s.step_execution_id = a.step_execution_id
                        order by a.started_at, a.step_execution_id""")) {
            while (rs.next()) {
                LocalDateTime start = rs.getObject(4, LocalDateTime.class);
                LocalDateTime end = rs.getObject(5, LocalDateTime.class);
                partitions.add(new Partition(rs.getString(1), rs.getString(2), rs.getString(3),
                        epochMs(start != null ? start : rs.getObject(6, LocalDateTime.class)),
                        end == null ? -1 : epochMs(end)));
            }
        }
        return partitions;
    }

    private static long epochMs(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    // the reports, compared by their bytes

    /** Every file of the run's report folder (OUT/RUN/...), by its path under that folder. */
    private static Map<String, Digest> digests(Path out) throws IOException, NoSuchAlgorithmException {
        Map<String, Digest> digests = new TreeMap<>();
        List<Path> runFolders;
        try (Stream<Path> children = Files.list(out)) {
            runFolders = children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
        for (Path runFolder : runFolders) {
            try (Stream<Path> files = Files.walk(runFolder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = runFolder.relativize(file).toString();
                    if (relative.startsWith(".")) {
                        continue; // the run's work files (buckets, part files)
                    }
                    digests.put("RUN/" + relative, digest(file));
                }
            }
        }
        return digests;
    }

    private static Digest digest(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest raw = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                raw.update(buffer, 0, n);
            }
        }
        String name = file.getFileName().toString();
        boolean json = name.endsWith(".json");
        boolean html = name.endsWith(".html");
        if (!json && !html) {
            String hex = HexFormat.of().formatHex(raw.digest());
            return new Digest(hex, hex, "");
        }
        MessageDigest normalised = MessageDigest.getInstance("SHA-256");
        long replaced = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                String n = normalise(text, json);
                if (!n.equals(text)) {
                    replaced++;
                }
                normalised.update(n.getBytes(StandardCharsets.UTF_8));
                normalised.update((byte) '\n');
            }
        }
        return new Digest(HexFormat.of().formatHex(raw.digest()), HexFormat.of().formatHex(normalised.digest()),
                replaced == 0 ? "" : (json ? "run_id and times" : "dates with a time of day") + " on " + replaced + " lines");
    }

    /** JSON: the values of run_id, started_at, finished_at, history_cutoff, generated_at; HTML: every date with a time. */
    static String normalise(String text, boolean json) {
        if (json) {
            if (text.indexOf("_at\"") < 0 && text.indexOf("run_id") < 0 && text.indexOf("cutoff") < 0) {
                return text;
            }
            return JSON_RUN_AND_TIMES.matcher(text).replaceAll("$1_");
        }
        return DATE_TIME.matcher(text).replaceAll("TIME");
    }

    // the section

    private List<String> section(BenchClaimFiles.Written written, List<Result> results) {
        List<String> out = new ArrayList<>();
        Result base = results.get(0);
        out.add("");
        out.add(String.format(Locale.ROOT, "## Issue 18: worker processes, %,d lines (%,d claims), %d cores", written.lines(),
                written.claims(), Runtime.getRuntime().availableProcessors()));
        out.add("");
        out.add("Each run into a fresh PostgreSQL database, -Xmx" + heap + " every process; `1` = one process"
                + " (`screen`, partitions on its own threads); `N` = `screen --workers` and N `worker --threads "
                + threadsPerWorker + "` started (and ready) before it, on a queue of the run's own. Wall time: the"
                + " manager's launch to its exit.");
        out.add("");
        out.add("| run | exit | wall s | vs " + base.label() + " | screenPartitions s | partitions (attempts) | partition s: sum / mean"
                + " / longest | CPU s: manager + workers + PostgreSQL | peak heap MB (manager) | load before -> after |");
        out.add("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            List<Partition> done = r.completed();
            out.add(String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %.1f | %d (%d) | %.1f / %.2f / %.2f | %.1f + %.1f + %.1f"
                    + " | %s | %s -> %s |", r.label(), r.manager().exit, r.manager().seconds,
                    String.format(Locale.ROOT, "%.2fx", base.manager().seconds / r.manager().seconds),
                    r.screenPartitionsSeconds(), done.size(), r.partitions().size(), r.partitionSeconds(),
                    r.partitionSeconds() / Math.max(1, done.size()), r.longest(), r.manager().processCpuSeconds, r.workersCpu(),
                    r.manager().postgresCpuSeconds, r.manager().heap(), r.loadBefore(), r.loadAfter()));
        }
        out.add("");
        for (Result r : results) {
            out.add("- " + r.label() + ": " + r.summary().replaceAll(" {2,}", " "));
            out.add("  - phases: " + r.phases());
            if (r.workers() > 1) {
                out.add(String.format(Locale.ROOT, "  - workers ready %.1f s after their launch (not in the wall time)",
                        r.workersReadySeconds()));
            }
            out.add("  - partitions by process: " + byWorker(r));
            if (r != base) {
                out.add("  - reports against " + base.label() + ": " + compare(base.reports(), r.reports()));
            }
        }
        out.add("");
        out.addAll(projection(base, results));
        return out;
    }

    /** "pid 123: 20 partitions, 95.1 s; pid 456: ..." (the host is the same for all here). */
    private static String byWorker(Result r) {
        Map<String, List<Partition>> by = new TreeMap<>();
        for (Partition p : r.partitions()) {
            by.computeIfAbsent(p.worker().replaceAll(".*\\(pid (\\d+)\\).*", "pid $1")
                    + (p.worker().startsWith("worker") ? " (worker)" : " (the run's process)"), k -> new ArrayList<>()).add(p);
        }
        List<String> parts = new ArrayList<>();
        by.forEach((worker, list) -> {
            List<Partition> done = list.stream().filter(p -> p.status().equals("COMPLETED")).toList();
            double sum = done.stream().mapToDouble(Partition::seconds).sum();
            parts.add(String.format(Locale.ROOT, "%s %d completed%s, %.1f s (mean %.2f s)", worker, done.size(),
                    list.size() == done.size() ? "" : " of " + list.size() + " attempts", sum, sum / Math.max(1, done.size())));
        });
        return parts.isEmpty() ? "none recorded" : String.join("; ", parts);
    }

    private static String compare(Map<String, Digest> base, Map<String, Digest> other) {
        if (base.isEmpty() || other.isEmpty()) {
            return "not compared (a run failed)";
        }
        List<String> sameRaw = new ArrayList<>();
        List<String> sameNormalised = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        java.util.Set<String> files = new java.util.TreeSet<>(base.keySet());
        files.addAll(other.keySet());
        for (String file : files) {
            Digest a = base.get(file);
            Digest b = other.get(file);
            if (a == null || b == null) {
                differ.add(file + (a == null ? " (only in this run)" : " (missing)"));
            } else if (a.raw().equals(b.raw())) {
                sameRaw.add(file);
            } else if (a.normalised().equals(b.normalised())) {
                sameNormalised.add(file + " (" + (b.normalisedWhat().isEmpty() ? a.normalisedWhat() : b.normalisedWhat())
                        + " taken out)");
            } else {
                differ.add(file);
            }
        }
        return String.format(Locale.ROOT, "%s; %d files byte-identical, %d identical once normalised%s%s",
                differ.isEmpty() ? "**identical**" : "**DIFFERENT: " + String.join(", ", differ) + "**", sameRaw.size(),
                sameNormalised.size(), sameNormalised.isEmpty() ? "" : ": " + String.join(", ", sameNormalised),
                "");
    }

    /**
     * What more cores or machines would give, from the one-process run's partition times: the steps
     * around screenPartitions (start-up, registerInputs, routeInputs, writeReports) run in the manager
     * alone and stay as measured; the partitions are laid on C slots (each the earliest free, in the
     * order they ran), which gives screenPartitions' length with C cores' worth of workers.
     */
    private List<String> projection(Result base, List<Result> results) {
        List<String> out = new ArrayList<>();
        List<Partition> done = base.completed();
        if (base.manager().exit != 0 || done.isEmpty()) {
            out.add("Projection: none (the first run failed or recorded no partitions).");
            return out;
        }
        double serial = base.manager().seconds - base.screenPartitionsSeconds();
        double sum = base.partitionSeconds();
        double mean = sum / done.size();
        int cores = Runtime.getRuntime().availableProcessors();
        out.add(String.format(Locale.ROOT, "Projection from the %s run: P = %d partitions of mean t = %.2f s (longest %.2f s, sum %.1f s,"
                + " measured with %d partitions at once on %d cores); the manager's own steps (start-up, route, reports)"
                + " %.1f s of its %.1f s. screenPartitions on S slots (one partition per core at a time) is about"
                + " max(longest, P x t / S); laid out partition by partition:", base.label(), done.size(), mean, base.longest(),
                sum, cores, cores, serial, base.manager().seconds));
        out.add("");
        out.add("| slots (cores over all workers) | e.g. | screenPartitions s | wall s | vs " + base.label() + " |");
        out.add("|---|---|---|---|---|");
        for (int slots : new int[] {2, 4, 8, 16, 32}) {
            double span = makespan(done, slots);
            out.add(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.2fx |", slots,
                    slots == cores ? "this machine" : slots / cores + " machines like this one, or one of " + slots + " cores",
                    span, serial + span, base.manager().seconds / (serial + span)));
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "The manager's own steps bound the speed-up at %.2fx however many workers"
                + " (Amdahl: %.1f s of %.1f s do not spread). The projection assumes the database keeps up: here"
                + " PostgreSQL used %.1f CPU s beside the partitions, on the same cores, and every worker writes to it.",
                base.manager().seconds / serial,
                serial, base.manager().seconds, base.manager().postgresCpuSeconds));
        return out;
    }

    /** The partitions' times laid on {@code slots} slots, each taking the next partition when free. */
    static double makespan(List<Partition> partitions, int slots) {
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < slots; i++) {
            free.add(0.0);
        }
        double end = 0;
        for (Partition p : partitions) {
            double at = free.poll() + p.seconds();
            end = Math.max(end, at);
            free.add(at);
        }
        return end;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
