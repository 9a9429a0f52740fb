package org.claimscreen.batch;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The executions this process is running now, so that a shutdown can ask exactly those to stop
 * (never another process's runs over the same database).
 */
@Component
public class ActiveRuns implements JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
    }

    public List<JobExecution> running() {
        return List.copyOf(running);
    }
}
