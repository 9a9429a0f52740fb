package org.claimscreen.run;

import java.util.Collection;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Screens a run's partitions on this process's threads, or hands them to worker processes over
 * RabbitMQ when the run asked for workers ({@code screen --workers}, a job's {@code workers: true});
 * a restart carries on the way its run began.
 */
class LocalOrWorkerPartitions implements PartitionHandler {

    private final PartitionHandler local;
    private final PartitionHandler workers;

    LocalOrWorkerPartitions(PartitionHandler local, PartitionHandler workers) {
        this.local = local;
        this.workers = workers;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        boolean remote = ScreenJobParameters.workersOf(manager.getJobParameters());
        return (remote ? workers : local).handle(splitter, manager);
    }
}
