package org.claimscreen.batch;

import java.time.Instant;
import org.claimscreen.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Keeps screening_run's status in step with the job execution, and logs one line per run. */
class RunStatusListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunStatusListener.class);

    private final RunStore runs;
    private final RunIds runIds;

    RunStatusListener(RunStore runs, RunIds runIds) {
        this.runs = runs;
        this.runIds = runIds;
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = runIds.of(execution);
        runs.finish(runId, execution.getStatus().name(), Instant.now());
        runs.run(runId).ifPresent(run -> log.info(
                "run {} {}: {} claims read, {} clean, {} held, {} rejected, {} findings",
                run.runId(), run.status(), run.claimsRead(), run.claimsClean(), run.claimsHeld(),
                run.claimsRejected(), run.findings()));
    }
}
