package org.claimscreen.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.claimscreen.persistence.RunRecord;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Keeps screening_run's status in step with the job execution, and logs one line per execution
 * with its counts and duration (numbers only). Leaves the status alone when this process does not
 * own the run (it was refused because another process runs it).
 */
class RunStatusListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunStatusListener.class);

    private final RunStore runs;
    private final RunIds runIds;
    private final RunLock lock;

    RunStatusListener(RunStore runs, RunIds runIds, RunLock lock) {
        this.runs = runs;
        this.runIds = runIds;
        this.lock = lock;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = runIds.of(execution);
        if (!lock.owns(runId)) {
            return;
        }
        Duration took = execution.getStartTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), LocalDateTime.now());
        try {
            runs.finish(runId, execution.getStatus().name(), Instant.now());
            runs.run(runId).ifPresent(run -> log.info(line(run, runs.linesRead(runId), took)));
        } catch (RuntimeException unreachable) {
            // The database went away: the command says so in its one line; nothing to add here.
            log.info("run {} {} after {}: the database could not be reached to count it", runId,
                    execution.getStatus(), seconds(took));
        }
    }

    /** "run 12 COMPLETED in 23.4 s: 300,000 lines read, 100,000 claims read (...), 51,234 findings" */
    static String line(RunRecord run, long lines, Duration took) {
        if (run.claimsRead() == null) {
            return String.format(Locale.ROOT, "run %d %s after %s: %,d lines read", run.runId(), run.status(),
                    seconds(took), lines);
        }
        return String.format(Locale.ROOT,
                "run %d %s in %s: %,d lines read, %,d claims read (%,d clean, %,d held, %,d rejected, %,d not screened),"
                        + " %,d findings",
                run.runId(), run.status(), seconds(took), lines, run.claimsRead(), run.claimsClean(), run.claimsHeld(),
                run.claimsRejected(), run.claimsNotScreened(), run.findings());
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
