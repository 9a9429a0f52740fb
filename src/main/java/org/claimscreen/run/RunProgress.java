package org.claimscreen.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.claimscreen.run.StepProgress.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far the running run is, on standard error: each step's done of total (routing: bytes of the
 * input; screening: claims of the claims routed, and partitions; reports: rows of the findings and
 * split lines, and files), its rate and the time left ({@link StepProgress} says it). On a
 * terminal a progress bar redraws itself every second; otherwise (cron, a log file) a log line
 * comes every {@code claimscreen.progress.every} (default 10 s). After a restart the partitions
 * recorded done count as done.
 *
 * <p>The steps only store numbers here every few thousand items (a partition every thousand
 * claims); all formatting happens on the reporter's own thread. Numbers only: never claim data.
 */
@Component
public class RunProgress implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

    /** Characters of the terminal's bar. */
    private static final int BAR = 20;

    private final Duration every;
    private final boolean terminal;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "claimscreen-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final StepProgress step = new StepProgress(System::nanoTime);

    private volatile long runId;
    /** The claims routed to each bucket, for the screening step's total; null when not known. */
    private volatile long[] bucketClaims;
    private ScheduledFuture<?> task;
    private boolean printedOnTerminal;
    private int lastWidth;

    @Autowired
    public RunProgress(@Value("${claimscreen.progress.every:10s}") Duration every) {
        this(every, System.console() != null);
    }

    RunProgress(Duration every, boolean terminal) {
        this.every = every;
        this.terminal = terminal;
    }

    /** Starts reporting on a run (its counters start at zero). */
    synchronized void start(long runId) {
        stopReporting();
        this.runId = runId;
        bucketClaims = null;
        step.begin("registering inputs");
        long period = terminal ? 1000 : every.toMillis();
        task = reporter.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
    }

    /** The route begins: {@code totalBytes} of input to read. */
    void routing(long totalBytes) {
        step.begin("routing", Unit.BYTES, 0, totalBytes);
    }

    /** The route's position: input bytes read, and claim lines (and unreadable ones) read so far. */
    void reading(long lines, long bytes, long totalBytes) {
        step.done(Math.min(bytes, totalBytes));
        step.note(String.format(java.util.Locale.ROOT, "%,d lines", lines));
    }

    /**
     * The screening step begins: {@code claimsPerBucket} as routed (null: not known, an older run's
     * route), of which the partitions in {@code done} were recorded by an earlier attempt.
     */
    void screening(long[] claimsPerBucket, int partitions, Set<Integer> done) {
        bucketClaims = claimsPerBucket;
        long total = 0;
        long before = 0;
        if (claimsPerBucket != null) {
            for (int b = 0; b < claimsPerBucket.length; b++) {
                total += claimsPerBucket[b];
                before += done.contains(b) ? claimsPerBucket[b] : 0;
            }
        }
        step.begin("screening", Unit.CLAIMS, before, total);
        step.parts("partitions", done.size(), partitions);
    }

    /** A partition screened {@code claims} more (partitions run at once: they add up). */
    void screened(long claims) {
        step.add(claims);
    }

    /**
     * A partition is recorded: it counted {@code reported} claims here already and saw {@code seen}
     * claims in its bucket; the rest of its routed claims (rejected before screening) count now.
     */
    void partitionDone(int bucket, long reported, long seen) {
        long[] planned = bucketClaims;
        long all = planned != null && bucket < planned.length ? planned[bucket] : seen;
        step.add(Math.max(0, all - reported));
        step.partDone();
    }

    /** The reports step begins: {@code rows} findings and split lines to write, in {@code files} files. */
    void writingReports(long rows, int files) {
        step.begin("writing reports", Unit.ROWS, 0, rows);
        step.parts("files", 0, files);
    }

    void wroteRows(long rows) {
        step.add(rows);
    }

    void wroteFiles(int files) {
        for (int i = 0; i < files; i++) {
            step.partDone();
        }
    }

    /** The line the log would show now (tests, and the last word of a step). */
    String line() {
        return step.line(runId);
    }

    /** Stops reporting; on a terminal, ends the self-updating line. */
    synchronized void stop() {
        stopReporting();
        if (printedOnTerminal) {
            System.err.println();
            printedOnTerminal = false;
        }
    }

    private void stopReporting() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private synchronized void report() {
        if (task == null) {
            return;
        }
        if (terminal) {
            String bar = step.bar(runId, BAR);
            PrintStream err = System.err;
            // pad over what a longer line before left on the terminal
            err.print("\r" + bar + " ".repeat(Math.max(0, lastWidth - bar.length())));
            err.flush();
            lastWidth = bar.length();
            printedOnTerminal = true;
        } else {
            log.info(step.line(runId));
        }
    }

    @Override
    public void destroy() {
        reporter.shutdownNow();
    }
}
