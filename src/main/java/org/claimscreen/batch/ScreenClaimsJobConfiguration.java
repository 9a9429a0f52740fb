package org.claimscreen.batch;

import java.util.List;
import javax.sql.DataSource;
import org.claimscreen.ingest.csv.ReferenceDataCsv;
import org.claimscreen.metrics.RunMetrics;
import org.claimscreen.rules.History;
import org.claimscreen.rules.RuleEngine;
import org.claimscreen.rules.pack.RuleSetup;
import org.claimscreen.store.ClaimStore;
import org.claimscreen.store.JdbcHistory;
import org.claimscreen.store.RejectStore;
import org.claimscreen.store.ReportQueries;
import org.claimscreen.store.RunStore;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code screenClaims} job: register inputs → read claim lines → screen claims → write reports.
 *
 * <p>Lines are stored before they are screened so that a claim's lines may stand anywhere in its
 * file and memory does not grow with the file; every step commits in chunks together with its
 * restart position, so a failed run restarts where it stopped.
 */
@Configuration
public class ScreenClaimsJobConfiguration {

    public static final String JOB_NAME = "screenClaims";

    private static final int LINES_PER_CHUNK = 1000;
    private static final int CLAIMS_PER_CHUNK = 200;

    /** The rule pack and overrides each run's parameters name (built-in pack, no overrides by default). */
    @Bean
    public RuleSetups ruleSetups() {
        return new RuleSetups();
    }

    // 1. register the run and its inputs

    @Bean
    @StepScope
    public RegisterInputsTasklet registerInputsTasklet(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunStore runs, RejectStore rejects, RuleSetups ruleSetups, RunLock runLock) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        return new RegisterInputsTasklet(runs, rejects, runIds, parameters, ruleSetups.of(parameters).pack().label(),
                InputReading.of(parameters), runLock);
    }

    @Bean
    public Step registerInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RegisterInputsTasklet registerInputsTasklet) {
        return new StepBuilder("registerInputs", jobRepository)
                .tasklet(registerInputsTasklet, transactionManager)
                .build();
    }

    // 2. read claim lines into the database; bad rows become rejects

    @Bean
    @StepScope
    public ClaimFileItemReader claimFileReader(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds, RunStore runs,
            RunProgress progress) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        return new ClaimFileItemReader(runs.inputs(runIds.of(stepExecution.getJobExecution())), InputReading.of(parameters),
                progress);
    }

    @Bean
    @StepScope
    public StagedItemWriter claimLineWriter(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            ClaimStore claims) {
        return new StagedItemWriter(claims, runIds.of(stepExecution.getJobExecution()));
    }

    @Bean
    @StepScope
    public RejectRecorder rejectRecorder(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds, RejectStore rejects) {
        return new RejectRecorder(rejects, runIds.of(stepExecution.getJobExecution()));
    }

    /** Before each chunk writes: is the run still this process's? (see {@link RunLock}) */
    @Bean
    @StepScope
    public RunOwnershipCheck runOwnershipCheck(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunLock runLock) {
        return new RunOwnershipCheck(runLock, runIds.of(stepExecution.getJobExecution()));
    }

    @Bean
    public Step readClaimLinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClaimFileItemReader claimFileReader, StagedItemWriter claimLineWriter, RejectRecorder rejectRecorder,
            RunOwnershipCheck runOwnershipCheck) {
        return new StepBuilder("readClaimLines", jobRepository)
                .<StagedItem, StagedItem>chunk(LINES_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(claimFileReader)
                .writer(claimLineWriter)
                .listener(runOwnershipCheck)
                .faultTolerant()
                // A bad row is a reject, never a failed run; anything else (database gone) fails it.
                .skipPolicy((failure, skipCount) -> failure instanceof StagedRejectException)
                .skipListener(rejectRecorder)
                .build();
    }

    // 3. screen each whole claim

    @Bean
    @StepScope
    public ClaimGroupReader claimGroupReader(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            DataSource dataSource, RunProgress progress) {
        return new ClaimGroupReader(dataSource, runIds.of(stepExecution.getJobExecution()), progress);
    }

    @Bean
    @StepScope
    public ScreeningProcessor screeningProcessor(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RuleSetups ruleSetups, RejectStore rejects, JdbcHistory history) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        RuleSetup rules = ruleSetups.of(parameters);
        RuleEngine engine = new RuleEngine(rules.pack(), ReferenceDataCsv.load(parameters.plans(), parameters.providers()),
                History.NONE, rules.overrides());
        long runId = runIds.of(stepExecution.getJobExecution());
        return new ScreeningProcessor(engine, parameters.asOf(), rejects.brokenInputs(runId), history, runId);
    }

    @Bean
    @StepScope
    public ScreeningWriter screeningWriter(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds, ClaimStore claims,
            RejectStore rejects) {
        return new ScreeningWriter(claims, rejects, runIds.of(stepExecution.getJobExecution()));
    }

    @Bean
    public Step screenClaimsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClaimGroupReader claimGroupReader, ScreeningProcessor screeningProcessor, ScreeningWriter screeningWriter,
            RunOwnershipCheck runOwnershipCheck, ClaimStore claims) {
        return new StepBuilder("screenClaims", jobRepository)
                .<List<StagedRow>, ClaimOutcome>chunk(CLAIMS_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(claimGroupReader)
                .processor(screeningProcessor)
                .writer(screeningWriter)
                .listener(runOwnershipCheck)
                .listener(new StatisticsRefresh(claims))
                .build();
    }

    // 4. write the reports from what is stored

    @Bean
    @StepScope
    public WriteReportsTasklet writeReportsTasklet(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunStore runs, ReportQueries queries, RejectStore rejects, RuleSetups ruleSetups, RunProgress progress,
            PlatformTransactionManager transactionManager) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        return new WriteReportsTasklet(runs, runIds, queries, rejects, ruleSetups.of(parameters).pack(),
                InputReading.mappingOf(parameters), parameters.split(), progress, transactionManager);
    }

    @Bean
    public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            WriteReportsTasklet writeReportsTasklet) {
        return new StepBuilder("writeReports", jobRepository)
                .tasklet(writeReportsTasklet, transactionManager)
                .build();
    }

    @Bean
    public Job screenClaimsJob(JobRepository jobRepository, RunStore runs, RunIds runIds, RunLock runLock,
            RunProgress progress, ReportQueries queries, RunMetrics metrics, ActiveRuns activeRuns,
            Step registerInputsStep, Step readClaimLinesStep, Step screenClaimsStep, Step writeReportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                // first in, last out: the lock is taken before the status is touched and let go after
                .listener(new RunLockListener(runLock, runIds, runs, progress))
                .listener(activeRuns)
                .listener(new RunStatusListener(runs, runIds, runLock))
                .listener(new RunMetricsListener(metrics, queries, runs, runIds))
                .start(registerInputsStep)
                .next(readClaimLinesStep)
                .next(screenClaimsStep)
                .next(writeReportsStep)
                .build();
    }
}
