package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes a run's work folder (bucket and part files) once the run has completed; a run that
 * failed keeps it, because its restart resumes from those files.
 */
class WorkFolderCleanup implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(WorkFolderCleanup.class);

    private final RunStore runs;
    private final RunIds runIds;

    WorkFolderCleanup(RunStore runs, RunIds runIds) {
        this.runs = runs;
        this.runIds = runIds;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        long runId = runIds.of(execution);
        if (runs.run(runId).isEmpty()) {
            return;
        }
        Path workDir = ScreenClaimsJobConfiguration.workDir(runs, runId);
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("run {}: its work folder {} could not be removed: {}", runId, workDir, e.getMessage());
        }
    }
}
