package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before the partitions run, tells {@link RunProgress} the screening step's total (the claims the
 * route sent to each bucket) and, after a restart, which partitions an earlier attempt recorded:
 * their claims count as done. Progress only: a failure here is logged, never the run's.
 */
class ScreeningProgressListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ScreeningProgressListener.class);

    private final RunStore runs;
    private final RunIds runIds;
    private final JobRepository jobRepository;
    private final RunProgress progress;

    ScreeningProgressListener(RunStore runs, RunIds runIds, JobRepository jobRepository, RunProgress progress) {
        this.runs = runs;
        this.runIds = runIds;
        this.jobRepository = jobRepository;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        try {
            long runId = runIds.of(stepExecution.getJobExecution());
            Path workDir = ScreenClaimsJobConfiguration.workDir(runs, runId);
            List<Integer> buckets = RouteInputsTasklet.readManifest(workDir);
            JobInstance instance = stepExecution.getJobExecution().getJobInstance();
            Set<Integer> done = new HashSet<>();
            if (jobRepository.getJobExecutions(instance).size() > 1) { // a restart: what did earlier attempts record?
                for (int bucket : buckets) {
                    StepExecution last = jobRepository.getLastStepExecution(instance, BucketPartitioner.stepName(bucket));
                    if (last != null && (last.getStatus() == BatchStatus.COMPLETED
                            || RecordedMark.isSet(last.getExecutionContext()))) {
                        done.add(bucket);
                    }
                }
            }
            progress.screening(RouteInputsTasklet.readBucketClaims(workDir), buckets.size(), done);
        } catch (IOException | RuntimeException e) {
            log.debug("no screening progress totals: {}", e.toString());
        }
    }
}
