package org.claimscreen.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * A run's id is the id of its job instance's first execution. A restart is a new execution of
 * the same instance, so it carries on under the id the run was registered with: its inputs,
 * staged lines, findings and reports stay the run's.
 */
@Component
public class RunIds {

    private final JobRepository jobRepository;

    public RunIds(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** The run an execution belongs to. */
    public long of(JobExecution execution) {
        return first(execution.getJobInstance(), execution.getId());
    }

    /** The last execution of the run whose id is {@code runId}, or null when there is no such run. */
    public JobExecution lastExecution(long runId) {
        JobExecution first;
        try {
            first = jobRepository.getJobExecution(runId);
        } catch (EmptyResultDataAccessException noSuchExecution) {
            // Spring Batch 6's JDBC repository looks the instance up with queryForObject: no row throws
            return null;
        }
        if (first == null || first(first.getJobInstance(), runId) != runId) {
            return null; // not an execution, or a restart's execution rather than a run's id
        }
        return jobRepository.getLastJobExecution(first.getJobInstance());
    }

    /**
     * The run whose restart's execution has the id {@code executionId}, or null when it numbers
     * none (or is a run's own id): run ids skip such ids.
     */
    public Long runOfRestart(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException noSuchExecution) {
            return null;
        }
        if (execution == null) {
            return null;
        }
        long run = first(execution.getJobInstance(), executionId);
        return run == executionId ? null : run;
    }

    /** The newest run of the screening job, or null when there is none yet. */
    public Long lastRun() {
        JobInstance last = jobRepository.getLastJobInstance(ScreenClaimsJobConfiguration.JOB_NAME);
        return last == null ? null : first(last, -1);
    }

    private long first(JobInstance instance, long fallback) {
        return jobRepository.getJobExecutions(instance).stream().mapToLong(JobExecution::getId).min().orElse(fallback);
    }
}
