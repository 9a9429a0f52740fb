package org.claimscreen.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The executions this process is running now, so that a shutdown can ask exactly those to stop
 * (never another process's runs over the same database).
 */
@Component
public class ActiveRuns implements JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private final JobRepository jobRepository;
    private final RunIds runIds;

    public ActiveRuns(JobRepository jobRepository, RunIds runIds) {
        this.jobRepository = jobRepository;
        this.runIds = runIds;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
    }

    /**
     * Asks every run under way here to stop at its next chunk boundary, the way another process
     * would: its execution is marked STOPPING in the job repository, which the step reads as it
     * commits each chunk; it then ends STOPPED and restart resumes it. Not JobOperator.stop with
     * the live execution: that also writes the running step's execution and context from this
     * thread, racing the chunk being committed, and a restart then screened a committed chunk again.
     *
     * @return the ids of the runs asked
     */
    public List<Long> stopAll() {
        List<Long> asked = new ArrayList<>();
        for (JobExecution live : running) {
            JobExecution stored = jobRepository.getJobExecution(live.getId());
            if (stored != null && (stored.getStatus() == BatchStatus.STARTING || stored.getStatus() == BatchStatus.STARTED)) {
                stored.setStatus(BatchStatus.STOPPING);
                jobRepository.update(stored);
                asked.add(runIds.of(stored));
            }
        }
        return asked;
    }
}
