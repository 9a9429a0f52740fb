package org.claimscreen.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.ReportQueries;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.metrics.RunMetrics;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records each run's end in {@link RunMetrics}: its outcome and duration, and what a completed run
 * read and found. A run that completed without being able to read any input counts as failed, as
 * its exit status says.
 */
class RunMetricsListener implements JobExecutionListener {

    private final RunMetrics metrics;
    private final ReportQueries queries;
    private final RunStore runs;
    private final RunIds runIds;

    RunMetricsListener(RunMetrics metrics, ReportQueries queries, RunStore runs, RunIds runIds) {
        this.metrics = metrics;
        this.runs = runs;
        this.queries = queries;
        this.runIds = runIds;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String job = ScreenJobParameters.from(execution.getJobParameters()).jobName();
        LocalDateTime start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
        long runId = runIds.of(execution);
        String outcome = execution.getStatus().name();
        if (execution.getStatus() == BatchStatus.COMPLETED && noInputReadable(runId)) {
            outcome = BatchStatus.FAILED.name(); // as its exit status says: not a quiet night
        }
        metrics.runEnded(job, outcome, Duration.between(start, end));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            metrics.runCompleted(job, queries.counts(runId), queries.findingsByRule(runId));
        }
    }

    private boolean noInputReadable(long runId) {
        List<InputFileRecord> inputs = runs.inputs(runId);
        return inputs.stream().noneMatch(InputFileRecord::ok)
                && inputs.stream().anyMatch(input -> InputFileRecord.FAILED.equals(input.status()));
    }
}
