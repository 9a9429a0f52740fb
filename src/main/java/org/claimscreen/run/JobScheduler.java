package org.claimscreen.run;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimscreen.config.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Runs each job at the times its cron expression names, in its zone. Each job has a thread of its
 * own that runs one run at a time: the next time is worked out when a run ends, so a run never
 * overlaps the same job's next one (a time that passes while it runs is skipped, and logged). A
 * run that fails or throws is logged and the job goes on. Different jobs may run at once.
 */
public final class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    /** Runs one job now and returns when its run ended; a failed run is the runner's to report. */
    @FunctionalInterface
    public interface Runner {
        void run(JobDefinition job) throws Exception;
    }

    private final List<JobDefinition> jobs;
    private final Runner runner;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    public JobScheduler(List<JobDefinition> jobs, Runner runner, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.clock = clock;
    }

    /** Starts one thread per job; returns at once. */
    public synchronized void start() {
        for (JobDefinition job : jobs) {
            Thread thread = new Thread(() -> loop(job), "job-" + job.name());
            thread.setUncaughtExceptionHandler((t, e) -> log.error("job {}: its scheduler thread ended: {}", job.name(),
                    e.toString()));
            threads.add(thread);
            thread.start();
        }
    }

    /** No run starts after this; runs under way go on until they end. */
    public void stop() {
        stop.countDown();
    }

    public boolean stopping() {
        return stop.getCount() == 0;
    }

    /** Blocks until {@link #stop()} is called. */
    public void awaitStop() throws InterruptedException {
        stop.await();
    }

    /** Waits up to {@code timeout} for every job's thread to end (their runs ended); true when they all did. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private void loop(JobDefinition job) {
        CronExpression cron = job.schedule();
        ZonedDateTime next = cron.next(now(job));
        log.info("job {}: scheduled \"{}\" ({}), next run at {}", job.name(), cron, job.zone(), next);
        try {
            while (next != null && sleepUntil(next, job)) {
                try {
                    runner.run(job);
                } catch (Exception e) {
                    log.error("job {}: run failed: {}", job.name(), RootCause.message(e));
                }
                ZonedDateTime ended = now(job);
                ZonedDateTime missed = cron.next(next);
                if (missed != null && missed.isBefore(ended)) {
                    log.warn("job {}: still running at {}: that time was skipped (one run of a job at a time)",
                            job.name(), missed);
                }
                next = cron.next(ended);
                if (!stopping()) {
                    log.info("job {}: next run at {}", job.name(), next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sleeps until {@code when}; false when asked to stop meanwhile. */
    private boolean sleepUntil(ZonedDateTime when, JobDefinition job) throws InterruptedException {
        while (!stopping()) {
            long millis = Duration.between(now(job), when).toMillis();
            if (millis <= 0) {
                return true;
            }
            stop.await(millis, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    private ZonedDateTime now(JobDefinition job) {
        return ZonedDateTime.now(clock.withZone(job.zone()));
    }
}
