package org.claimscreen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a screening run's time went, from its Java Flight Recorder file: CPU samples
 * ({@code jdk.ExecutionSample}) sorted into activities by the nearest frame that is not plain JDK
 * code (so a HashMap lookup inside a rule counts as rule evaluation), per phase of the run (the
 * job's steps, as Spring Batch stored their start and end); with the JVM's and the machine's CPU
 * load per phase (the difference is mostly PostgreSQL on the same two cores), garbage collection
 * pauses, and the hottest methods.
 *
 * <p>Run on its own: {@code JfrBreakdown FILE.jfr} (one phase, the whole recording).
 */
public final class JfrBreakdown {

    /** A stretch of wall time, in epoch milliseconds. */
    public record Window(String name, long startMs, long endMs) {
    }

    /** Activities by the package of the nearest non-JDK frame; first match wins, so order matters. */
    private static final String[][] ACTIVITIES = {
            {"sha256 of the inputs", "org.claimscreen.intake.Sha256", "sun.security.provider.", "java.security.MessageDigest"},
            {"CSV parsing (Commons CSV)", "org.apache.commons.csv.", "org.apache.commons.io."},
            {"X12 parsing (StAEDI)", "io.xlate."},
            {"837P events into segments of element lists (X12Segments)", "org.claimscreen.intake.x12.X12Segment"},
            {"837P split: clean/ and held/ written back (X12ClaimSplitter)", "org.claimscreen.intake.x12.X12ClaimSplitter"},
            {"837P segments to claims (X12ClaimFile, X12Envelopes)", "org.claimscreen.intake.x12."},
            {"claim assembly", "org.claimscreen.domain.claim.ClaimAssembler", "org.claimscreen.run.ClaimGroupReader"},
            {"rule evaluation", "org.claimscreen.domain.rules.", "org.claimscreen.domain.screening."},
            {"CSV cells to values, value objects (ingest, claim)", "org.claimscreen.intake.", "org.claimscreen.domain.claim."},
            {"reports (writers)", "org.claimscreen.output."},
            {"JDBC binding and row mapping (store)", "org.claimscreen.persistence."},
            {"PostgreSQL driver (pgjdbc)", "org.postgresql."},
            {"FHIR (HAPI)", "ca.uhn.fhir.", "org.hl7."},
            {"JSON (Jackson)", "com.fasterxml.jackson.", "tools.jackson."},
            {"Flyway migrations", "org.flywaydb."},
            {"H2", "org.h2."},
            {"logging", "ch.qos.logback.", "org.slf4j.", "org.apache.logging."},
            {"connection pool (Hikari)", "com.zaxxer."},
            {"Spring Batch (chunks, job repository)", "org.springframework.batch."},
            {"Spring (context, JDBC template, transactions)", "org.springframework."},
            {"other claimscreen code", "org.claimscreen."},
    };
    /**
     * The 837P file's passes, by the reader frame a sample runs under (first match in this order):
     * StAEDI and the segment lists count under the pass that called them.
     */
    private static final String[][] X12_PASSES = {
            {"envelope pass (X12Envelopes.scan)", "org.claimscreen.intake.x12.X12Envelopes"},
            {"claims pass (X12ClaimFile.next)", "org.claimscreen.intake.x12.X12ClaimFile"},
            {"split pass (X12ClaimSplitter)", "org.claimscreen.intake.x12.X12ClaimSplitter"},
    };
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final String JDK_ONLY = "JDK only (start-up, class loading, I/O)";

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        print(Path.of(args[0]), List.of(new Window("whole recording", Long.MIN_VALUE, Long.MAX_VALUE)), System.out::println);
    }

    /** Prints the breakdown as Markdown tables through {@code out}. */
    public static void print(Path recording, List<Window> windows, Consumer<String> out) throws IOException {
        int phases = windows.size();
        Map<String, long[]> byActivity = new LinkedHashMap<>();
        for (String[] activity : ACTIVITIES) {
            byActivity.put(activity[0], new long[phases + 1]);
        }
        byActivity.put(JDK_ONLY, new long[phases + 1]);
        long[] samples = new long[phases + 1];
        double[] jvmCpu = new double[phases + 1];
        double[] machineCpu = new double[phases + 1];
        int[] cpuEvents = new int[phases + 1];
        double[] gcPauseSeconds = new double[phases + 1];
        int[] gcCount = new int[phases + 1];
        double[] socketReadSeconds = new double[phases + 1];
        Map<String, Long> hotMethods = new HashMap<>();
        Map<String, Long> hotOwnMethods = new HashMap<>();
        Map<String, long[]> byX12Pass = new LinkedHashMap<>();
        for (String[] pass : X12_PASSES) {
            byX12Pass.put(pass[0], new long[phases + 1]);
        }

        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                int phase = phaseOf(windows, event.getStartTime().toEpochMilli());
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples[phase]++;
                        byActivity.get(activityOf(stack))[phase]++;
                        String pass = x12PassOf(stack);
                        if (pass != null) {
                            byX12Pass.get(pass)[phase]++;
                        }
                        hotMethods.merge(method(stack.getFrames().get(0)), 1L, Long::sum);
                        for (RecordedFrame frame : stack.getFrames()) {
                            if (frame.isJavaFrame() && frame.getMethod().getType().getName().startsWith("org.claimscreen.")) {
                                hotOwnMethods.merge(method(frame), 1L, Long::sum);
                                break;
                            }
                        }
                    }
                    case "jdk.CPULoad" -> {
                        jvmCpu[phase] += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machineCpu[phase] += event.getFloat("machineTotal");
                        cpuEvents[phase]++;
                    }
                    case "jdk.GarbageCollection" -> {
                        gcPauseSeconds[phase] += event.getDuration("sumOfPauses").toNanos() / 1e9;
                        gcCount[phase]++;
                    }
                    case "jdk.SocketRead" -> {
                        socketReadSeconds[phase] += event.getDuration().toNanos() / 1e9;
                    }
                    default -> {
                    }
                }
            }
        }

        out.accept("CPU samples of claimscreen's threads by activity (share of each phase's samples; a sample is"
                + " about 10-20 ms of one thread on a core). JVM and machine CPU are jdk.CPULoad averages over the"
                + " phase, in cores (" + CORES + " = all busy); the machine's load beyond the JVM's is mostly PostgreSQL.");
        out.accept("");
        StringBuilder header = new StringBuilder("| activity |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Window window : windows) {
            header.append(' ').append(window.name()).append(" |");
            rule.append("---|");
        }
        header.append(" whole run |");
        rule.append("---|");
        out.accept(header.toString());
        out.accept(rule.toString());
        long total = 0;
        for (int p = 0; p < phases; p++) {
            total += samples[p];
        }
        for (Map.Entry<String, long[]> activity : byActivity.entrySet()) {
            long[] counts = activity.getValue();
            long sum = 0;
            for (int p = 0; p < phases; p++) {
                sum += counts[p];
            }
            if (sum == 0) {
                continue;
            }
            StringBuilder row = new StringBuilder("| ").append(activity.getKey()).append(" |");
            for (int p = 0; p < phases; p++) {
                row.append(' ').append(percent(counts[p], samples[p])).append(" |");
            }
            row.append(' ').append(percent(sum, total)).append(" |");
            out.accept(row.toString());
        }
        out.accept(rowOf("CPU samples", windows, p -> Long.toString(samples[p]), Long.toString(total)));
        out.accept(rowOf("wall s", windows, p -> String.format(Locale.ROOT, "%.1f",
                (windows.get(p).endMs() - windows.get(p).startMs()) / 1000.0), ""));
        out.accept(rowOf("JVM CPU (cores)", windows, p -> cores(jvmCpu[p], cpuEvents[p]), ""));
        out.accept(rowOf("machine CPU (cores)", windows, p -> cores(machineCpu[p], cpuEvents[p]), ""));
        out.accept(rowOf("GC pauses s (count)", windows, p -> String.format(Locale.ROOT, "%.2f (%d)", gcPauseSeconds[p],
                gcCount[p]), ""));
        out.accept(rowOf("socket reads over 20 ms, s", windows, p -> String.format(Locale.ROOT, "%.1f", socketReadSeconds[p]), ""));
        if (byX12Pass.values().stream().anyMatch(counts -> sum(counts, phases) > 0)) {
            out.accept("");
            out.accept("837P file passes (samples under each pass's outermost reader frame, StAEDI included; share of"
                    + " each phase's samples):");
            out.accept("");
            out.accept(header.toString());
            out.accept(rule.toString());
            for (Map.Entry<String, long[]> pass : byX12Pass.entrySet()) {
                long[] counts = pass.getValue();
                StringBuilder row = new StringBuilder("| ").append(pass.getKey()).append(" |");
                for (int p = 0; p < phases; p++) {
                    row.append(' ').append(percent(counts[p], samples[p])).append(" |");
                }
                row.append(' ').append(percent(sum(counts, phases), total)).append(" |");
                out.accept(row.toString());
            }
        }
        out.accept("");
        out.accept("Hottest methods (top frame of the CPU samples):");
        out.accept("");
        top(hotMethods, total, 15, out);
        out.accept("");
        out.accept("Hottest claimscreen methods (nearest org.claimscreen frame of each sample, so callees count):");
        out.accept("");
        top(hotOwnMethods, total, 15, out);
    }

    private interface Cell {
        String of(int phase);
    }

    private static String rowOf(String name, List<Window> windows, Cell cell, String whole) {
        StringBuilder row = new StringBuilder("| ").append(name).append(" |");
        for (int p = 0; p < windows.size(); p++) {
            row.append(' ').append(cell.of(p)).append(" |");
        }
        return row.append(' ').append(whole).append(" |").toString();
    }

    private static void top(Map<String, Long> counts, long total, int limit, Consumer<String> out) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (Map.Entry<String, Long> entry : entries.subList(0, Math.min(limit, entries.size()))) {
            out.accept(String.format(Locale.ROOT, "- %s %s", percent(entry.getValue(), total), entry.getKey()));
        }
    }

    private static int phaseOf(List<Window> windows, long epochMs) {
        for (int p = 0; p < windows.size(); p++) {
            if (epochMs >= windows.get(p).startMs() && epochMs < windows.get(p).endMs()) {
                return p;
            }
        }
        return windows.size();
    }

    private static long sum(long[] counts, int phases) {
        long sum = 0;
        for (int p = 0; p < phases; p++) {
            sum += counts[p];
        }
        return sum;
    }

    /**
     * The 837P pass a sample is in, null outside them: the first pass of {@link #X12_PASSES} with a frame
     * in the stack (the envelope pass runs inside X12ClaimFile.open, so it is looked for first).
     */
    private static String x12PassOf(RecordedStackTrace stack) {
        for (String[] pass : X12_PASSES) {
            for (RecordedFrame frame : stack.getFrames()) {
                if (frame.isJavaFrame() && frame.getMethod().getType().getName().startsWith(pass[1])) {
                    return pass[0];
                }
            }
        }
        return null;
    }

    private static String activityOf(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (String[] activity : ACTIVITIES) {
                for (int i = 1; i < activity.length; i++) {
                    if (type.startsWith(activity[i])) {
                        return activity[0];
                    }
                }
            }
        }
        return JDK_ONLY;
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName()
                + " (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String cores(double sum, int events) {
        return events == 0 ? "-" : String.format(Locale.ROOT, "%.2f", CORES * sum / events);
    }
}
