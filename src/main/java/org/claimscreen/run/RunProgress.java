package org.claimscreen.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far the running run is, on standard error: lines read, claims screened, their rates and the
 * share of the input bytes read. On a terminal one line updates itself every second; otherwise
 * (cron, a log file) a log line comes every {@code claimscreen.progress.every} (default 10 s).
 *
 * <p>The steps only store numbers here once per chunk; all formatting happens on the reporter's
 * own thread, so the hot path pays nothing per line. Numbers only: never claim data.
 */
@Component
public class RunProgress implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

    private final Duration every;
    private final boolean terminal;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "claimscreen-progress");
        thread.setDaemon(true);
        return thread;
    });

    private volatile long runId;
    private volatile String phase = "registering inputs";
    private volatile long linesRead;
    private volatile long bytesRead;
    private volatile long bytesTotal;
    private volatile long claimsScreened;
    private ScheduledFuture<?> task;
    private long lastNanos;
    private long lastLines;
    private long lastClaims;
    private boolean printedOnTerminal;

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
        phase = "registering inputs";
        linesRead = 0;
        bytesRead = 0;
        bytesTotal = 0;
        claimsScreened = 0;
        lastNanos = System.nanoTime();
        lastLines = 0;
        lastClaims = 0;
        long period = terminal ? 1000 : every.toMillis();
        task = reporter.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
    }

    /** The read step's position: items read (a restart counts those it passed over) and input bytes. */
    void reading(long lines, long bytes, long totalBytes) {
        phase = "reading";
        linesRead = lines;
        bytesRead = bytes;
        bytesTotal = totalBytes;
    }

    /** A partition is done with these claims (partitions run at once: they add up). */
    synchronized void screened(long claims) {
        phase = "screening";
        claimsScreened += claims;
        if (bytesTotal > 0) {
            bytesRead = bytesTotal;
        }
    }

    long linesRead() {
        return linesRead;
    }

    void writingReports() {
        phase = "writing reports";
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
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        long lines = linesRead;
        long claims = claimsScreened;
        String line = line(runId, phase, lines, (lines - lastLines) / seconds, claims, (claims - lastClaims) / seconds,
                bytesRead, bytesTotal);
        lastNanos = now;
        lastLines = lines;
        lastClaims = claims;
        if (terminal) {
            PrintStream err = System.err;
            err.print("\r" + line + "   ");
            err.flush();
            printedOnTerminal = true;
        } else {
            log.info(line);
        }
    }

    /** "run 12 reading: 120,000 lines (12,000/s), 41% of 52.3 MB; 0 claims screened (0/s)" */
    static String line(long runId, String phase, long lines, double linesPerSecond, long claims,
            double claimsPerSecond, long bytes, long totalBytes) {
        String share = totalBytes <= 0 ? ""
                : String.format(Locale.ROOT, ", %d%% of %s", Math.min(100, bytes * 100 / totalBytes), megabytes(totalBytes));
        return String.format(Locale.ROOT, "run %d %s: %,d lines (%,.0f/s)%s; %,d claims screened (%,.0f/s)",
                runId, phase, lines, linesPerSecond, share, claims, claimsPerSecond);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    @Override
    public void destroy() {
        reporter.shutdownNow();
    }
}
