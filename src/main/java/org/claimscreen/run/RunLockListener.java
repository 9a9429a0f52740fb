package org.claimscreen.run;

import java.util.Optional;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Takes the run's lock before the first step and lets go of it after the last, whatever the
 * outcome; starts and stops the progress line with it. A restart takes the run over from its dead
 * process (the restart command refused a live one) and locks the run's inputs again, which fails
 * when another live run is screening the same content now.
 */
class RunLockListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLockListener.class);

    private final RunLock lock;
    private final RunIds runIds;
    private final RunStore runs;
    private final RunProgress progress;

    RunLockListener(RunLock lock, RunIds runIds, RunStore runs, RunProgress progress) {
        this.lock = lock;
        this.runIds = runIds;
        this.runs = runs;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = runIds.of(execution);
        Optional<RunLock.Holder> live = lock.claim(runId);
        if (live.isPresent()) {
            throw new IllegalStateException("run " + runId + " is still running on host " + live.get().host()
                    + " (pid " + live.get().pid() + ")");
        }
        if (execution.getId() != runId) {
            for (InputFileRecord input : runs.inputs(runId)) {
                if (input.ok()) {
                    lock.lockInput(input.sha256(), runId).ifPresent(holder -> {
                        throw new IllegalStateException(input.name() + " is being screened by " + holder.describe()
                                + " now: restart run " + runId + " once that run has ended");
                    });
                }
            }
        }
        progress.start(runId);
    }

    @Override
    public void afterJob(JobExecution execution) {
        progress.stop();
        try {
            lock.release(runIds.of(execution));
        } catch (RuntimeException unreachable) {
            // The database is away; the locks die with this process (restart tells it is gone).
            log.debug("could not release the run lock: {}", unreachable.getMessage());
        }
    }
}
