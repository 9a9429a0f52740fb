package org.claimscreen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscreen.testdata.BenchClaimFiles;

/**
 * The benchmark of issue 7, one command ({@code mvn -B -Pbench verify -DskipTests}, docs/benchmarks.md):
 * generates the claim files (BenchClaimFiles, under target/bench), then times, each as a process of
 * its own on the same file:
 * <ol>
 *   <li>the floor: Commons CSV reading every cell ({@link CsvParseFloor});
 *   <li>the peer: psql COPY of the file into a fresh PostgreSQL database plus the SQL flagging the
 *       source document's three cases (peer.sql);
 *   <li>claimscreen screening the file end to end as users start it ({@code ./claimscreen screen} with
 *       {@code CLAIMSCREEN_JAVA_OPTS=-Xmx512m}: the extracted jar and its class data sharing archive) into
 *       a fresh PostgreSQL database: start-up, every rule, findings stored, reports written;
 *   <li>the FHIR NDJSON reader against HAPI's single-threaded parse (FhirNdjsonBenchmark);
 *   <li>parts {@code x12floor} and {@code x12} (issue 17, not in the default parts): the same claims as
 *       837P, StAEDI alone reading them ({@link X12ParseFloor}) and claimscreen screening them as in 3;
 *   <li>part {@code workers} (issue 18, not in the default parts): the CSV file screened by one process and by
 *       a manager with N worker processes over RabbitMQ ({@link WorkerScaling}, {@code bench.workers.runs}).
 * </ol>
 * and prints their times, ratios, lines per second, peak heap and claimscreen's start-up (process
 * launch to the first claim read), with the goals met or the gap. With {@code bench.jfr=true} it
 * also screens the file once more under Java Flight Recorder and prints where the time went.
 *
 * <p>System properties (Maven passes them on): {@code bench.lines} (1000000), {@code bench.fhir.claims}
 * (100000), {@code bench.fhir.rounds} (3), {@code bench.heap} (512m), {@code bench.parts}
 * (floor,peer,screen,fhir), {@code bench.jfr} (false), {@code bench.dir} (target/bench),
 * {@code bench.keepDatabases} (false), {@code bench.analyzeEvery} (60: seconds between the ANALYZE that
 * a default PostgreSQL's autovacuum would run on the screening database; the shared test server runs
 * without autovacuum; 0 = none). PostgreSQL is found as the integration tests find it
 * (CLAIMSCREEN_TEST_PG_URL, _USER, _PASSWORD; default 127.0.0.1:5432, user postgres).
 */
public final class BenchmarkRun {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final long lines;
    private final long fhirClaims;
    private final int fhirRounds;
    private final String heap;
    private final Set<String> parts;
    private final boolean jfr;
    private final boolean keepDatabases;
    private final long analyzeEverySeconds;
    private final Path dir;
    private final Path logs;
    private final Postgres postgres = Postgres.fromEnvironment();
    private final List<String> report = new ArrayList<>();

    private BenchmarkRun() throws IOException {
        lines = Long.getLong("bench.lines", 1_000_000);
        fhirClaims = Long.getLong("bench.fhir.claims", 100_000);
        fhirRounds = Integer.getInteger("bench.fhir.rounds", 3);
        heap = System.getProperty("bench.heap", "512m");
        parts = new LinkedHashSet<>(Arrays.asList(System.getProperty("bench.parts", "floor,peer,screen,fhir").split(",")));
        jfr = Boolean.getBoolean("bench.jfr");
        keepDatabases = Boolean.getBoolean("bench.keepDatabases");
        analyzeEverySeconds = Long.getLong("bench.analyzeEvery", 60);
        dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        logs = Files.createDirectories(dir.resolve("logs"));
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkRun().run();
    }

    private void run() throws Exception {
        String started = LocalDateTime.now().format(STAMP);
        String loadBefore = loadAverage();
        Path csvFolder = dir.resolve("csv-" + lines);
        Path csv = csvFolder.resolve("claims-" + lines + ".csv");
        boolean mainFile = parts.contains("floor") || parts.contains("peer") || parts.contains("screen")
                || parts.contains("workers");
        BenchClaimFiles.Written written = mainFile ? generateCsv(csv, lines, BenchClaimFiles.Members.MIXED) : null;
        Path x12File = dir.resolve("x12-" + lines).resolve("claims-" + lines + ".837");
        boolean x12Parts = parts.contains("x12floor") || parts.contains("x12");
        BenchClaimFiles.Written x12Written = x12Parts ? generateX12(x12File, lines) : null;

        Timing floor = null;
        Peer peer = null;
        Screen screen = null;
        Fhir fhir = null;
        if (parts.contains("floor")) {
            floor = floor(csv);
        }
        if (parts.contains("peer")) {
            peer = peer(csv);
        }
        if (parts.contains("screen")) {
            screen = screen(csv, "screen", false);
        }
        if (parts.contains("fhir")) {
            fhir = fhir();
        }
        Timing x12Floor = parts.contains("x12floor") ? x12Floor(x12File) : null;
        Screen x12 = parts.contains("x12") ? screen(x12File, "x12", false) : null;
        Screen profiled = jfr && parts.contains("screen") ? screen(csv, "screen-jfr", true) : null;
        Screen x12Profiled = jfr && parts.contains("x12") ? screen(x12File, "x12-jfr", true) : null;
        List<String> recurring = parts.contains("recurring") ? recurring() : List.of();
        List<String> workers = parts.contains("workers")
                ? new WorkerScaling(postgres, dir, logs, this::prepareLauncher, heap, lines, analyzeEverySeconds, keepDatabases,
                        this::phases).run(csv, written, WorkerScaling.runsFromProperty())
                : List.of();

        line("");
        line("# claimscreen benchmark, " + started + " (figures from one run on one machine)");
        line("");
        line("machine: " + machine() + "; load average before " + loadBefore + ", after " + loadAverage());
        if (written != null) {
            line(String.format(Locale.ROOT, "CSV file: %s: %,d lines in %,d claims, %.1f MB (generated, seed %d)",
                    dir.relativize(csv), written.lines(), written.claims(), written.bytes() / 1e6, BenchClaimFiles.SEED));
        }
        line("");
        if (written != null) {
            line("| | process wall s | lines/s | CPU s (process + PostgreSQL) | peak heap (MB, GC log / pool peaks) | vs floor | vs peer |");
            line("|---|---|---|---|---|---|---|");
        }
        if (floor != null) {
            line(String.format(Locale.ROOT, "| 1. floor: Commons CSV, every cell (-Xmx%s) | %.2f | %,.0f | %s | %s | 1.00x | %s |",
                    heap, floor.seconds, lines / floor.seconds, floor.cpu(), floor.heap(), peer == null ? "" : ratio(floor.seconds, peer.timing.seconds)));
        }
        if (peer != null) {
            line(String.format(Locale.ROOT, "| 2. peer: psql COPY %.2f s + analyze and flagging SQL %.2f s | %.2f | %,.0f | %s | | %s | 1.00x |",
                    peer.copySeconds, peer.sqlSeconds, peer.timing.seconds, lines / peer.timing.seconds, peer.timing.cpu(),
                    floor == null ? "" : ratio(peer.timing.seconds, floor.seconds)));
        }
        if (screen != null) {
            line(String.format(Locale.ROOT, "| 3. claimscreen screen, end to end (-Xmx%s) | %.2f | %,.0f | %s | %s | %s | %s |",
                    heap, screen.timing.seconds, lines / screen.timing.seconds, screen.timing.cpu(), screen.timing.heap(),
                    floor == null ? "" : ratio(screen.timing.seconds, floor.seconds),
                    peer == null ? "" : ratio(screen.timing.seconds, peer.timing.seconds)));
        }
        line("");
        if (peer != null) {
            line("peer flagged: " + peer.flagged);
        }
        if (screen != null) {
            line("claimscreen: exit " + screen.timing.exit + "; " + screen.summary);
            line(String.format(Locale.ROOT, "claimscreen start-up (process launch to first claim read): %.2f s",
                    screen.timing.startupSeconds()));
            line("claimscreen wall time by phase: " + screen.phases);
            line(String.format(Locale.ROOT, "claimscreen GC: %s collections, %s ms", screen.timing.marks.getOrDefault("gc-count", "?"),
                    screen.timing.marks.getOrDefault("gc-ms", "?")));
        }
        if (fhir != null) {
            line("");
            line(String.format(Locale.ROOT, "FHIR NDJSON, %,d claims (-Xmx1g, best of %d): HAPI single-threaded %s claims/s,"
                    + " claimscreen reader %s claims/s: %s", fhirClaims, fhirRounds, fhir.hapi, fhir.ours, fhir.ratio));
        }
        recurring.forEach(this::line);
        workers.forEach(this::line);
        if (x12Written != null) {
            x12Report(x12Written, written, floor, x12Floor, screen, x12);
        }
        line("");
        line("## Goals");
        line("");
        goals(floor, peer, screen, fhir);
        x12Goals(screen, x12);
        if (profiled != null) {
            line("");
            line("## Profile of a second claimscreen run under JFR (" + dir.relativize(profiled.recording) + ")");
            line("");
            line("wall time by phase: " + profiled.phases);
            line("");
            JfrBreakdown.print(profiled.recording, profiled.windows, this::line);
        }
        if (x12Profiled != null) {
            line("");
            line("## Profile of a second 837P run under JFR (" + dir.relativize(x12Profiled.recording) + ")");
            line("");
            line("wall time by phase: " + x12Profiled.phases);
            line("");
            JfrBreakdown.print(x12Profiled.recording, x12Profiled.windows, this::line);
        }
        Path results = dir.resolve("results-" + lines + ".md");
        Files.write(results, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("written to " + results);
    }

    private void goals(Timing floor, Peer peer, Screen screen, Fhir fhir) {
        if (screen != null && screen.timing.exit != 0) {
            line("- CSV end to end against the peer and the floor: **not met** (the run failed, exit "
                    + screen.timing.exit + ")");
            peer = null;
            floor = null;
        }
        if (screen != null && peer != null) {
            double r = screen.timing.seconds / peer.timing.seconds;
            // issue 14's goal and moonshot
            line(goal("CSV end to end <= 2.0x the COPY+SQL peer (moonshot 1.0x)", r <= 2.0,
                    String.format(Locale.ROOT, "%.2fx", r)));
        }
        if (screen != null && floor != null) {
            double r = screen.timing.seconds / floor.seconds;
            line(goal("CSV end to end <= 4.0x the floor (moonshot 2.0x)", r <= 4.0,
                    String.format(Locale.ROOT, "%.2fx", r)));
        }
        if (fhir != null && fhir.ratioValue > 0) {
            line(goal("FHIR NDJSON >= 1.5x HAPI single-thread", fhir.ratioValue >= 1.5,
                    String.format(Locale.ROOT, "%.2fx", fhir.ratioValue)));
        }
        if (screen != null) {
            boolean tenMillion = lines >= 10_000_000;
            line(tenMillion
                    ? goal("10,000,000 lines screen in -Xmx" + heap, screen.timing.exit == 0,
                            "exit " + screen.timing.exit + (screen.timing.exit == 0 ? "" : ": " + screen.summary))
                    : "- 10,000,000 lines screen in -Xmx512m: not measured by this run (-Dbench.lines=10000000"
                            + " -Dbench.parts=screen)");
            double startup = screen.timing.startupSeconds();
            line(goal("start-up (command to first claim read) < 1.5 s", startup < 1.5,
                    String.format(Locale.ROOT, "%.2f s", startup)));
        }
    }

    private static String goal(String what, boolean met, String measured) {
        return "- " + what + ": " + (met ? "**met**" : "**not met**") + " (" + measured + ")";
    }

    private static String ratio(double ours, double base) {
        return String.format(Locale.ROOT, "%.2fx", ours / base);
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }

    // 0. the files

    private BenchClaimFiles.Written generateCsv(Path csv, long lines, BenchClaimFiles.Members members) throws IOException {
        return generate(csv, lines, () -> BenchClaimFiles.writeCsv(csv, lines, BenchClaimFiles.SEED, members));
    }

    /** The same claims as the CSV of {@code lines} lines, as one 837P interchange, with the reference data beside. */
    private BenchClaimFiles.Written generateX12(Path x12, long lines) throws IOException {
        return generate(x12, lines, () -> BenchClaimFiles.writeX12(x12, lines, BenchClaimFiles.SEED));
    }

    private interface FileWriter {
        BenchClaimFiles.Written write() throws IOException;
    }

    private BenchClaimFiles.Written generate(Path csv, long lines, FileWriter writer) throws IOException {
        Path marker = csv.resolveSibling(csv.getFileName() + ".written");
        String expected = BenchClaimFiles.SEED + " " + lines;
        if (Files.isRegularFile(csv) && Files.isRegularFile(marker)) {
            String[] stored = Files.readString(marker).strip().split(" ");
            if (stored.length == 5 && (stored[0] + " " + stored[1]).equals(expected) && Long.parseLong(stored[4]) == Files.size(csv)) {
                System.out.println("using " + csv + " (already generated)");
                return new BenchClaimFiles.Written(csv, Long.parseLong(stored[2]), Long.parseLong(stored[3]), Files.size(csv));
            }
        }
        long start = System.nanoTime();
        BenchClaimFiles.writeReferenceData(csv.getParent());
        BenchClaimFiles.Written written = writer.write();
        Files.writeString(marker, expected + " " + written.lines() + " " + written.claims() + " " + written.bytes());
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", csv, (System.nanoTime() - start) / 1e9);
        return written;
    }

    // 0b. issue 14's recurring members: the same lines, members with ~24 claims each against members that rarely recur

    private List<String> recurring() throws Exception {
        long recurringLines = Long.getLong("bench.recurring.lines", 300_000);
        System.out.println("5. recurring members against rare ones, " + recurringLines + " lines each, end to end");
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.format(Locale.ROOT, "Recurring members (%,d lines, the same lines but for the member id; -Xmx%s,"
                + " fresh PostgreSQL database each):", recurringLines, heap));
        out.add("");
        out.add("| members | claims | members | process wall s | CPU s (process + PostgreSQL) | start-up s | phases |");
        out.add("|---|---|---|---|---|---|---|");
        List<String> after = new ArrayList<>();
        double[] seconds = new double[2];
        int i = 0;
        for (BenchClaimFiles.Members members : List.of(BenchClaimFiles.Members.RECURRING, BenchClaimFiles.Members.RARE)) {
            String name = members.name().toLowerCase(Locale.ROOT);
            Path csv = dir.resolve(name + "-" + recurringLines).resolve("claims-" + name + "-" + recurringLines + ".csv");
            BenchClaimFiles.Written written = generateCsv(csv, recurringLines, members);
            long distinct;
            try (Stream<String> rows = Files.lines(csv)) {
                distinct = rows.skip(1).map(l -> l.split(",", 4)[2]).distinct().count();
            }
            Screen run = screen(csv, "screen-" + name, false);
            seconds[i++] = run.timing.seconds;
            out.add(String.format(Locale.ROOT, "| %s | %,d | %,d (%.1f claims each) | %.2f | %s | %.2f | %s |", name,
                    written.claims(), distinct, written.claims() / (double) distinct, run.timing.seconds, run.timing.cpu(),
                    run.timing.startupSeconds(), run.phases));
            after.add("");
            after.add(name + ": exit " + run.timing.exit + "; " + run.summary);
            if (jfr) {
                Screen profiled = screen(csv, "screen-" + name + "-jfr", true);
                after.add("");
                after.add("Profile of " + name + " under JFR (" + dir.relativize(profiled.recording) + "), " + profiled.phases + ":");
                after.add("");
                JfrBreakdown.print(profiled.recording, profiled.windows, after::add);
            }
        }
        out.addAll(after);
        out.add("");
        out.add(goal("recurring members vs rare ones <= 1.5x (moonshot 1.1x)", seconds[0] / seconds[1] <= 1.5,
                ratio(seconds[0], seconds[1])));
        return out;
    }

    // 1. the floor

    private Timing floor(Path csv) throws IOException, InterruptedException {
        System.out.println("1. floor: Commons CSV parsing every cell, as a process");
        return parseFloor("floor", CsvParseFloor.class, csv);
    }

    /** A floor: {@code main} reading {@code file} alone in a process of its own, with its GC log. */
    private Timing parseFloor(String name, Class<?> main, Path file) throws IOException, InterruptedException {
        Path gcLog = logs.resolve(name + "-gc.log");
        List<String> command = List.of(java(), "-Xmx" + heap, "-Dclaimscreen.measure=true", "-Xlog:gc:file=" + gcLog,
                "-cp", System.getProperty("java.class.path"), main.getName(), file.toString());
        Timing timing = Timing.run(name, command, Map.of(), logs, gcLog);
        timing.requireSuccess();
        System.out.print(timing.stdout);
        System.out.printf(Locale.ROOT, "   %.2f s%n", timing.seconds);
        return timing;
    }

    // 1b. the X12 floor

    private Timing x12Floor(Path x12) throws IOException, InterruptedException {
        System.out.println("6. X12 floor: StAEDI reading the 837P file, every event and element, as a process");
        return parseFloor("x12floor", X12ParseFloor.class, x12);
    }

    // 7. issue 17: the 837P run against the CSV run and the X12 floor

    private void x12Report(BenchClaimFiles.Written x12Written, BenchClaimFiles.Written csvWritten, Timing floor,
            Timing x12Floor, Screen screen, Screen x12) throws IOException {
        line("");
        line("## Issue 17: 837P, the same claims as the CSV file");
        line("");
        String segments = x12Floor == null ? Long.toString(countSegments(x12Written.file()))
                : find(x12Floor.stdout, "x12 floor: ([0-9]+) segments");
        line(String.format(Locale.ROOT, "837P file: %s: %,d lines in %,d claims, %s segments, %.1f MB%s",
                dir.relativize(x12Written.file()), x12Written.lines(), x12Written.claims(),
                segments.equals("?") ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(segments)),
                x12Written.bytes() / 1e6, csvWritten == null ? ""
                        : String.format(Locale.ROOT, " (the CSV: %.1f MB, %,d claims)", csvWritten.bytes() / 1e6, csvWritten.claims())));
        line("");
        line("| | process wall s | lines/s | CPU s (process + PostgreSQL) | peak heap (MB, GC log / pool peaks) | vs X12 floor | vs CSV run |");
        line("|---|---|---|---|---|---|---|");
        double x12FloorSeconds = x12Floor == null ? Double.NaN : x12Floor.seconds;
        double csvRunSeconds = screen == null || screen.timing.exit != 0 ? Double.NaN : screen.timing.seconds;
        if (floor != null) {
            line(row("CSV floor: Commons CSV, every cell", floor, x12FloorSeconds, Double.NaN));
        }
        if (x12Floor != null) {
            line(row("X12 floor: StAEDI, every event, every element's text", x12Floor, x12FloorSeconds, Double.NaN));
        }
        if (screen != null) {
            line(row("claimscreen screen, CSV, end to end", screen.timing, x12FloorSeconds, csvRunSeconds));
        }
        if (x12 != null) {
            line(row("claimscreen screen, 837P, end to end", x12.timing, x12FloorSeconds, csvRunSeconds));
        }
        if (x12 != null) {
            line("");
            line("837P run: exit " + x12.timing.exit + "; " + x12.summary);
            line(String.format(Locale.ROOT, "837P run start-up (process launch to first claim read): %.2f s",
                    x12.timing.startupSeconds()));
            line("837P run wall time by phase: " + x12.phases);
            line(String.format(Locale.ROOT, "837P run GC: %s collections, %s ms", x12.timing.marks.getOrDefault("gc-count", "?"),
                    x12.timing.marks.getOrDefault("gc-ms", "?")));
            if (screen != null) {
                line("");
                line(String.format(Locale.ROOT, "findings: CSV run %,d, 837P run %,d (difference %,d)", screen.findings(),
                        x12.findings(), x12.findings() - screen.findings()));
                line("");
                line("Rules whose findings differ (CSV run -> 837P run):");
                line("");
                Set<String> rules = new java.util.TreeSet<>(screen.findingsByRule.keySet());
                rules.addAll(x12.findingsByRule.keySet());
                int differing = 0;
                for (String rule : rules) {
                    long csvCount = screen.findingsByRule.getOrDefault(rule, 0L);
                    long x12Count = x12.findingsByRule.getOrDefault(rule, 0L);
                    if (csvCount != x12Count) {
                        differing++;
                        line(String.format(Locale.ROOT, "- %s: %,d -> %,d", rule, csvCount, x12Count));
                    }
                }
                if (differing == 0) {
                    line("- none: the same findings by rule");
                }
            }
        }
    }

    private String row(String what, Timing timing, double x12FloorSeconds, double csvRunSeconds) {
        return String.format(Locale.ROOT, "| %s (-Xmx%s) | %.2f | %,.0f | %s | %s | %s | %s |", what, heap, timing.seconds,
                lines / timing.seconds, timing.cpu(), timing.heap(),
                Double.isNaN(x12FloorSeconds) ? "" : ratio(timing.seconds, x12FloorSeconds),
                Double.isNaN(csvRunSeconds) ? "" : ratio(timing.seconds, csvRunSeconds));
    }

    private void x12Goals(Screen screen, Screen x12) {
        if (x12 == null || screen == null) {
            return;
        }
        if (x12.timing.exit != 0 || screen.timing.exit != 0) {
            line("- 837P end to end <= 1.5x the CSV run: **not met** (a run failed: CSV exit " + screen.timing.exit
                    + ", 837P exit " + x12.timing.exit + ")");
            return;
        }
        double r = x12.timing.seconds / screen.timing.seconds;
        line(goal("837P end to end <= 1.5x the CSV run of the same claims (issue 17)", r <= 1.5,
                String.format(Locale.ROOT, "%.2fx", r)));
    }

    /** Segments of an 837P file the benchmark wrote: its segment terminator is ~. */
    private static long countSegments(Path file) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '~') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // 2. the peer

    private record Peer(Timing timing, double copySeconds, double sqlSeconds, String flagged) {
    }

    private Peer peer(Path csv) throws Exception {
        System.out.println("2. peer: psql COPY + the flagging SQL, into a fresh database");
        String sql;
        try (InputStream in = BenchmarkRun.class.getResourceAsStream("peer.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${claims_file}", csv.toString());
        }
        Path script = Files.writeString(dir.resolve("peer.sql"), sql);
        String database = postgres.create("bench_peer");
        try {
            List<String> command = List.of("psql", "-X", "-q", "-h", postgres.host(), "-p", postgres.port(), "-U",
                    postgres.user(), "-d", database, "-f", script.toString());
            Timing timing = Timing.run("peer", command, Map.of("PGPASSWORD", postgres.password()), logs, null,
                    postgres, database);
            timing.requireSuccess();
            List<Double> times = new ArrayList<>();
            Matcher m = Pattern.compile("Time: ([0-9.]+) ms").matcher(timing.stdout);
            while (m.find()) {
                times.add(Double.parseDouble(m.group(1)) / 1000);
            }
            // create table, COPY, analyze, create table flagged as select
            double copy = times.size() > 1 ? times.get(1) : Double.NaN;
            double flag = times.size() > 3 ? times.get(2) + times.get(3) : Double.NaN;
            String flagged = timing.stdout.lines().filter(l -> l.contains("|")).map(String::strip)
                    .filter(l -> !l.startsWith("reason") && !l.startsWith("lines_read"))
                    .map(l -> l.replaceAll("\\s*\\|\\s*", ": ")).reduce((a, b) -> a + "; " + b).orElse("?");
            System.out.printf(Locale.ROOT, "   %.2f s (COPY %.2f s, SQL %.2f s); %s%n", timing.seconds, copy, flag, flagged);
            return new Peer(timing, copy, flag, flagged);
        } finally {
            if (!keepDatabases) {
                postgres.drop(database);
            }
        }
    }

    // 3. claimscreen end to end

    private record Screen(Timing timing, String summary, String phases, List<JfrBreakdown.Window> windows, Path recording,
            Map<String, Long> findingsByRule) {

        long findings() {
            return findingsByRule.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** findings_by_rule of the run's summary.json (docs/outputs.md), empty when the run wrote none. */
    private static Map<String, Long> findingsByRule(Path out) throws IOException {
        Map<String, Long> byRule = new LinkedHashMap<>();
        Path summary;
        try (Stream<Path> files = Files.walk(out)) {
            summary = files.filter(f -> f.getFileName().toString().equals("summary.json")).findFirst().orElse(null);
        }
        if (summary != null) {
            tools.jackson.databind.JsonNode node = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(summary.toFile()).path("findings_by_rule");
            for (Map.Entry<String, tools.jackson.databind.JsonNode> rule : node.properties()) {
                byRule.put(rule.getKey(), rule.getValue().asLong());
            }
        }
        return byRule;
    }

    private Screen screen(Path csv, String name, boolean profiled) throws Exception {
        System.out.println((name.startsWith("x12") ? "7. claimscreen screen of the 837P file" : "3. claimscreen screen")
                + ", end to end" + (profiled ? ", under JFR" : "") + ", into a fresh database");
        Path launcher = prepareLauncher();
        Path out = dir.resolve(name + "-out");
        deleteTree(out);
        Path gcLog = logs.resolve(name + "-gc.log");
        Path recording = dir.resolve(name + ".jfr");
        // as users run it: the launcher, JVM options through CLAIMSCREEN_JAVA_OPTS (no spaces in these)
        List<String> javaOptions = new ArrayList<>(List.of("-Xmx" + heap, "-Dclaimscreen.measure=true",
                "-Xlog:gc:file=" + gcLog));
        if (profiled) {
            // deep stacks: Spring Batch's frames sit between main and the readers, writers and rules
            javaOptions.add("-XX:FlightRecorderOptions:stackdepth=256");
            javaOptions.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
        }
        List<String> command = List.of(launcher.toString(), "screen", "--out", out.toString(), "--as-of",
                BenchClaimFiles.AS_OF.toString(), "--force", csv.toString());
        String database = postgres.create("bench_screen");
        ScheduledExecutorService autovacuum = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-analyze");
            thread.setDaemon(true);
            return thread;
        });
        if (analyzeEverySeconds > 0) {
            // the shared test server runs with autovacuum off; a default server analyzes a table that
            // grew past 50 rows + 10% once a naptime (60 s): do what it would do, from outside
            autovacuum.scheduleWithFixedDelay(() -> postgres.analyze(database), analyzeEverySeconds, analyzeEverySeconds,
                    TimeUnit.SECONDS);
        }
        try {
            Timing timing;
            try {
                timing = Timing.run(name, command, Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "CLAIMSCREEN_JAVA_OPTS", String.join(" ", javaOptions), "CLAIMSCREEN_DB_URL", postgres.url(database),
                        "CLAIMSCREEN_DB_USER", postgres.user(), "CLAIMSCREEN_DB_PASSWORD", postgres.password()), logs, gcLog,
                        postgres, database);
            } finally {
                autovacuum.shutdownNow();
                autovacuum.awaitTermination(1, TimeUnit.MINUTES);
            }
            // a failed run is a result too (the 10M goal is whether it completes): report it, do not stop
            String summary = timing.exit == 0
                    ? timing.stdout.lines().map(String::strip)
                            .filter(l -> l.startsWith("claims") || l.startsWith("findings"))
                            .reduce((a, b) -> a + "; " + b).orElse("?")
                    : timing.stderr.lines().filter(l -> l.startsWith("claimscreen:")).reduce((a, b) -> a + "; " + b)
                            .orElse("exit " + timing.exit + ", see " + logs.resolve(name + ".err"));
            List<JfrBreakdown.Window> windows = phases(database, timing);
            String phases = windows.stream()
                    .map(w -> String.format(Locale.ROOT, "%s %.1f s", w.name(), (w.endMs() - w.startMs()) / 1000.0))
                    .reduce((a, b) -> a + ", " + b).orElse("?");
            System.out.printf(Locale.ROOT, "   %.2f s, start-up %.2f s; %s%n   %s%n", timing.seconds, timing.startupSeconds(),
                    summary, phases);
            Map<String, Long> byRule = Files.isDirectory(out) ? findingsByRule(out) : Map.of();
            return new Screen(timing, summary, phases, windows, recording, byRule);
        } finally {
            if (!keepDatabases) {
                postgres.drop(database);
            }
        }
    }

    /** The run's wall time cut at the job's and steps' start and end, as Spring Batch stored them. */
    List<JfrBreakdown.Window> phases(String database, Timing timing) throws SQLException {
        List<JfrBreakdown.Window> windows = new ArrayList<>();
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement()) {
            long jobStart;
            long jobEnd;
            try (ResultSet rs = statement.executeQuery("select start_time, end_time from batch_job_execution")) {
                if (!rs.next()) {
                    return windows; // the process ended before the job started
                }
                long exit = timing.launchEpochMs + (long) (timing.seconds * 1000);
                LocalDateTime end = rs.getObject(2, LocalDateTime.class);
                jobStart = epochMs(rs.getObject(1, LocalDateTime.class));
                jobEnd = end == null ? exit : epochMs(end);
            }
            windows.add(new JfrBreakdown.Window("start-up and checks", timing.launchEpochMs, jobStart));
            try (ResultSet rs = statement.executeQuery(
                    "select step_name, start_time, end_time from batch_step_execution order by step_execution_id")) {
                int partitions = 0;
                long partitionMs = 0;
                long longestMs = 0;
                while (rs.next()) {
                    LocalDateTime end = rs.getObject(3, LocalDateTime.class);
                    long startMs = epochMs(rs.getObject(2, LocalDateTime.class));
                    long endMs = end == null ? jobEnd : epochMs(end);
                    if (rs.getString(1).contains(":")) {
                        // a partition (screenBucket:bucket-N) runs inside its partitioned step: summed, not listed
                        partitions++;
                        partitionMs += endMs - startMs;
                        longestMs = Math.max(longestMs, endMs - startMs);
                        continue;
                    }
                    windows.add(new JfrBreakdown.Window(rs.getString(1), startMs, endMs));
                }
                if (partitions > 0) {
                    for (int i = 0; i < windows.size(); i++) {
                        JfrBreakdown.Window w = windows.get(i);
                        if (w.name().equals("screenPartitions")) {
                            windows.set(i, new JfrBreakdown.Window(String.format(Locale.ROOT,
                                    "screenPartitions (%d partitions, %.1f s of partition time, longest %.1f s)",
                                    partitions, partitionMs / 1000.0, longestMs / 1000.0), w.startMs(), w.endMs()));
                        }
                    }
                }
            }
            windows.add(new JfrBreakdown.Window("job end to exit", jobEnd, timing.launchEpochMs + (long) (timing.seconds * 1000)));
        }
        return windows;
    }

    private static long epochMs(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    // 4. FHIR

    private record Fhir(String hapi, String ours, String ratio, double ratioValue) {
    }

    private Fhir fhir() throws IOException, InterruptedException {
        System.out.println("4. FHIR NDJSON: claimscreen's reader against HAPI's single-threaded parse");
        List<String> command = List.of(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.claimscreen.intake.fhir.FhirNdjsonBenchmark", Long.toString(fhirClaims), Integer.toString(fhirRounds),
                dir.resolve("claims-" + fhirClaims + ".ndjson").toString());
        Timing timing = Timing.run("fhir", command, Map.of(), logs, null);
        timing.requireSuccess();
        timing.stdout.lines().forEach(l -> System.out.println("   " + l));
        String hapi = find(timing.stdout, "HAPI single-threaded: *([0-9,]+) claims/s");
        String ours = find(timing.stdout, "claimscreen reader: *([0-9,]+) claims/s");
        String ratio = find(timing.stdout, "ratio: ([0-9.]+x)");
        double value = ratio.equals("?") ? 0 : Double.parseDouble(ratio.replace("x", ""));
        return new Fhir(hapi, ours, ratio + " HAPI's rate", value);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    // processes

    /** A process run to its end: wall time from launch, what it printed, and its measurement lines. */
    static final class Timing {
        final int exit;
        final long launchEpochMs;
        final double seconds;
        final String stdout;
        final String stderr;
        final Map<String, String> marks = new LinkedHashMap<>();
        final long gcPeakBytes;
        final String name;
        double processCpuSeconds;
        double postgresCpuSeconds;

        private Timing(String name, int exit, long launchEpochMs, double seconds, String stdout, String stderr, long gcPeakBytes) {
            this.name = name;
            this.exit = exit;
            this.launchEpochMs = launchEpochMs;
            this.seconds = seconds;
            this.stdout = stdout;
            this.stderr = stderr;
            this.gcPeakBytes = gcPeakBytes;
            Matcher m = Pattern.compile("([a-z-]+)=([0-9]+)").matcher(stderr.lines()
                    .filter(l -> l.startsWith("claimscreen-measure:")).reduce("", (a, b) -> a + " " + b));
            while (m.find()) {
                marks.putIfAbsent(m.group(1), m.group(2));
            }
        }

        static Timing run(String name, List<String> command, Map<String, String> env, Path logs, Path gcLog)
                throws IOException, InterruptedException {
            return run(name, command, env, logs, gcLog, null, null);
        }

        /** As above, also adding up the CPU time of the PostgreSQL backends serving {@code database}. */
        static Timing run(String name, List<String> command, Map<String, String> env, Path logs, Path gcLog,
                Postgres postgres, String database) throws IOException, InterruptedException {
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            if (gcLog != null) {
                Files.deleteIfExists(gcLog);
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            long launch = System.currentTimeMillis();
            long start = System.nanoTime();
            Process process = builder.start();
            CpuWatch cpu = new CpuWatch(process, postgres, database);
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu.stop();
            Timing timing = new Timing(name, exit, launch, seconds, Files.readString(out), Files.readString(err),
                    gcLog == null ? -1 : gcPeak(gcLog));
            timing.processCpuSeconds = cpu.processSeconds();
            timing.postgresCpuSeconds = cpu.postgresSeconds();
            return timing;
        }

        /** "CPU s: process X + PostgreSQL Y" for the table. */
        String cpu() {
            return String.format(Locale.ROOT, "%.1f + %.1f", processCpuSeconds, postgresCpuSeconds);
        }

        void requireSuccess() {
            if (exit != 0) {
                throw new IllegalStateException(name + " exited " + exit + ":\n" + stdout + stderr);
            }
        }

        double startupSeconds() {
            String first = marks.get("epoch-ms");
            return first == null ? Double.NaN : (Long.parseLong(first) - launchEpochMs) / 1000.0;
        }

        String heap() {
            String pools = marks.get("heap-pool-peaks-bytes");
            return String.format(Locale.ROOT, "%s / %s", gcPeakBytes < 0 ? "?" : Long.toString(gcPeakBytes >> 20),
                    pools == null ? "?" : Long.toString(Long.parseLong(pools) >> 20));
        }

        /** The most heap in use before any collection, from a -Xlog:gc file: the peak the collector saw. */
        private static long gcPeak(Path log) throws IOException {
            if (!Files.isRegularFile(log)) {
                return -1;
            }
            long peak = -1;
            for (String line : Files.readAllLines(log)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, bytes(m.group(1), m.group(2)));
                }
            }
            return peak;
        }

        private static long bytes(String number, String unit) {
            long n = Long.parseLong(number);
            return switch (unit) {
                case "K" -> n << 10;
                case "M" -> n << 20;
                default -> n << 30;
            };
        }
    }

    /**
     * Samples, twice a second while a process runs, its CPU time and that of the PostgreSQL backends
     * connected to its database (from /proc, as the server runs on this machine): on two shared
     * cores, where the time goes is as much the database's work as the JVM's.
     */
    static final class CpuWatch {
        private final Map<Long, Double> backends = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;
        private volatile double processSeconds;
        private volatile boolean running = true;

        CpuWatch(Process process, Postgres postgres, String database) {
            thread = new Thread(() -> {
                while (running) {
                    process.info().totalCpuDuration().ifPresent(d -> processSeconds = d.toNanos() / 1e9);
                    if (postgres != null) {
                        for (long pid : postgres.backends(database)) {
                            double cpu = procCpuSeconds(pid);
                            if (cpu >= 0) {
                                backends.merge(pid, cpu, Math::max);
                            }
                        }
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-cpu-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }

        double processSeconds() {
            return processSeconds;
        }

        double postgresSeconds() {
            return backends.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** utime + stime of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s). */
        private static double procCpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }

    /**
     * The ./claimscreen launcher, after one untimed run of it: with the jar just packaged it extracts
     * it and writes its class data sharing archive (once per build), which the timed runs then use.
     */
    Path prepareLauncher() throws IOException, InterruptedException {
        Path launcher = Path.of("claimscreen").toAbsolutePath();
        if (!Files.isRegularFile(Path.of("target", "claimscreen.jar"))) {
            throw new IllegalStateException("target/claimscreen.jar is missing: run mvn package first (mvn -Pbench verify does)");
        }
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--help").redirectErrorStream(true)
                .redirectOutput(logs.resolve("launcher-prepare.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(launcher + " --help exited " + exit + ": see " + logs.resolve("launcher-prepare.log"));
        }
        if (!Files.isRegularFile(Path.of("target", "cds", "ready"))) {
            System.out.println("   (the launcher could not prepare its fast start-up: see target/cds/prepare.log)");
        }
        return launcher;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    // the machine

    private String machine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        long memoryKb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memoryKb = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        String pg;
        try {
            pg = postgres.version();
        } catch (SQLException e) {
            pg = "PostgreSQL ?";
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB RAM, Java %s (%s), %s",
                Runtime.getRuntime().availableProcessors(), cpu, memoryKb / 1024.0 / 1024.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), pg);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The PostgreSQL server the integration tests use, for fresh databases. */
    record Postgres(String adminUrl, String user, String password) {

        static Postgres fromEnvironment() {
            return new Postgres(
                    System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_PASSWORD", ""));
        }

        String create(String prefix) throws SQLException {
            String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
            execute("create database " + name);
            return name;
        }

        void drop(String name) throws SQLException {
            execute("drop database if exists " + name + " with (force)");
        }

        String url(String database) {
            return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), user, password);
        }

        String version() throws SQLException {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("show server_version")) {
                rs.next();
                return "PostgreSQL " + rs.getString(1);
            }
        }

        String host() {
            Matcher m = Pattern.compile("//([^:/]+)").matcher(adminUrl);
            return m.find() ? m.group(1) : "127.0.0.1";
        }

        String port() {
            Matcher m = Pattern.compile("//[^:/]+:(\\d+)").matcher(adminUrl);
            return m.find() ? m.group(1) : "5432";
        }

        /** The process ids of the backends serving {@code database} now. */
        List<Long> backends(String database) {
            List<Long> pids = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    java.sql.PreparedStatement statement = connection.prepareStatement(
                            "select pid from pg_stat_activity where datname = ?")) {
                statement.setString(1, database);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        pids.add(rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                // the server is busy or the database is gone: the next sample will do
            }
            return pids;
        }

        /** ANALYZE of every table of {@code database}, as autovacuum's launcher would have it done. */
        void analyze(String database) {
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            } catch (SQLException e) {
                System.err.println("bench: analyze of " + database + " failed: " + e.getMessage());
            }
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
