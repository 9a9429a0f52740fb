package org.claimscreen.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.JobDefinitionException;
import org.claimscreen.config.JobDefinitionFile;
import org.claimscreen.run.ActiveRuns;
import org.claimscreen.run.JobScheduler;
import org.claimscreen.run.metrics.MetricsServer;
import org.claimscreen.run.metrics.RunMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * {@code claimscreen schedule}: stays up and runs each job at its times, as {@code run JOB} would,
 * until SIGTERM (or SIGINT). Then no run starts any more, the runs under way are asked to stop at
 * their next chunk (they end STOPPED, and {@code restart} resumes them), and once they ended the
 * command returns, the application closes and the process exits 0.
 *
 * <p>The signals are handled rather than left to the JVM's shutdown: once that has begun, an
 * embedded H2 database closes itself (with AUTO_SERVER it cannot be told not to) and would fail
 * the runs under way instead of letting them stop. Should the JVM shut down all the same (another
 * signal), a shutdown hook asks the same and waits, and the application registers none of its own.
 */
@Component
public class ScheduleCommand {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    /** How long a shutdown waits for runs to stop; one still going then is left for restart --last. */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final RunCommand runCommand;
    private final ActiveRuns activeRuns;
    private final RunMetrics metrics;
    private final PrometheusMeterRegistry registry;
    private final CountDownLatch closed = new CountDownLatch(1);

    public ScheduleCommand(RunCommand runCommand, ActiveRuns activeRuns, RunMetrics metrics,
            PrometheusMeterRegistry registry) {
        this.runCommand = runCommand;
        this.activeRuns = activeRuns;
        this.metrics = metrics;
        this.registry = registry;
    }

    /** Runs the jobs at their times until the process is asked to end; returns once runs under way ended. */
    public int run(ScheduleOptions options, PrintStream out, PrintStream err) throws Exception {
        JobScheduler scheduler = new JobScheduler(options.jobs(), job -> runOnce(job, out, err), Clock.systemDefaultZone());
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(scheduler), "claimscreen-shutdown"));
        } catch (IllegalStateException shuttingDown) {
            return ExitStatus.DONE; // asked to end while it was starting: nothing ran
        }
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    log.info("schedule: SIG{}: no new runs; runs under way stop at their next chunk", signal.getName());
                    scheduler.stop();
                });
            } catch (IllegalArgumentException unavailable) {
                log.debug("schedule: SIG{} cannot be handled here; the shutdown hook stops the runs", name);
            }
        }
        MetricsServer server = null;
        if (options.metricsPort() != null) {
            try {
                server = MetricsServer.start(registry, options.metricsPort());
            } catch (java.io.IOException e) {
                err.println("claimscreen: cannot serve metrics on port " + options.metricsPort() + ": " + e.getMessage());
                return ExitStatus.USAGE;
            }
            log.info("schedule: metrics at http://0.0.0.0:{}/metrics", server.port());
        }
        log.info("schedule: {} job(s): {}", options.jobs().size(),
                String.join(", ", options.jobs().stream().map(JobDefinition::name).toList()));
        scheduler.start();
        try {
            scheduler.awaitStop();
            stopRuns(scheduler);
        } finally {
            if (server != null) {
                server.close();
            }
        }
        log.info("schedule: stopped");
        return ExitStatus.DONE;
    }

    /** The application calls this once its context is closed: the shutdown hook may let the JVM end now. */
    public void closed() {
        closed.countDown();
    }

    /** One due run: the definition is read again, so a fix made since applies; a broken one is logged and skipped. */
    private void runOnce(JobDefinition scheduled, PrintStream out, PrintStream err) throws Exception {
        JobDefinition job;
        try {
            job = JobDefinitionFile.load(scheduled.file());
        } catch (JobDefinitionException e) {
            log.error("job {}: not run: {}", scheduled.name(), e.getMessage());
            metrics.notRun(scheduled.name(), RunMetrics.REFUSED);
            return;
        }
        try {
            runCommand.run(new RunOptions(job, null), out, err);
        } catch (Exception e) {
            metrics.notRun(job.name(), RunMetrics.ERROR);
            throw e;
        }
    }

    /** Asks every run this process has under way to stop, until they all ended or the grace time is up. */
    private void stopRuns(JobScheduler scheduler) throws InterruptedException {
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        do {
            // asked again each second: a run may have been starting just as the stop came
            activeRuns.stopAll().forEach(runId -> log.info("schedule: asked run {} to stop at its next chunk", runId));
            if (System.nanoTime() > deadline) {
                log.warn("schedule: runs still going after {} s: left as they are (claimscreen restart --last"
                        + " recovers such a run)", STOP_GRACE.toSeconds());
                return;
            }
        } while (!scheduler.awaitTermination(Duration.ofSeconds(1)));
    }

    private void shutDown(JobScheduler scheduler) {
        if (!scheduler.stopping()) {
            log.info("schedule: the JVM is shutting down: no new runs; runs under way stop at their next chunk");
        }
        scheduler.stop();
        try {
            closed.await(STOP_GRACE.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
