package org.claimscreen.run;

import org.claimscreen.persistence.PartitionStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Names the process that screens a partition as the attempt starts, whether the run's own or a
 * worker on another machine, so {@code claimscreen show} can tell where each partition ran.
 */
class PartitionAttemptListener implements StepExecutionListener {

    private final PartitionStore partitions;
    private final RunIds runIds;
    private final RunLock lock;
    private final WorkerRole worker;

    PartitionAttemptListener(PartitionStore partitions, RunIds runIds, RunLock lock, WorkerRole worker) {
        this.partitions = partitions;
        this.runIds = runIds;
        this.lock = lock;
        this.worker = worker;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        int bucket = stepExecution.getExecutionContext().getInt("bucket", -1);
        String who = (worker.isWorker() ? "worker on " : "run's process on ") + lock.processName();
        partitions.attemptStarted(stepExecution.getId(), runIds.of(stepExecution.getJobExecution()), bucket, who);
    }
}
