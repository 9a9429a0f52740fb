package org.claimscreen.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscreen.config.RuleSetup;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.RuleEngine;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.csv.ReferenceDataCsv;
import org.claimscreen.persistence.ClaimStore;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.JdbcHistory;
import org.claimscreen.persistence.PartitionStore;
import org.claimscreen.persistence.RejectStore;
import org.claimscreen.persistence.X12TransactionStore;
import org.claimscreen.persistence.ReportQueries;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.metrics.RunMetrics;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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

    // 2. route every claim to the bucket of its member; bad rows become rejects

    @Bean
    @StepScope
    public RouteInputsTasklet routeInputsTasklet(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunStore runs, ClaimStore claims, RejectStore rejects, X12TransactionStore transactions, RunProgress progress,
            @Value("${claimscreen.partition.bytes:4000000}") long bytesPerBucket) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        long runId = runIds.of(stepExecution.getJobExecution());
        List<InputFileRecord> inputs = runs.inputs(runId);
        long bytes = inputs.stream().filter(InputFileRecord::ok).mapToLong(InputFileRecord::sizeBytes).sum();
        return new RouteInputsTasklet(runId, inputs, InputReading.of(parameters), workDir(runs, runId),
                RouteInputsTasklet.bucketsFor(bytes, bytesPerBucket, partitionThreads), claims, rejects, runs,
                transactions, progress);
    }

    /** Before a step writes: is the run still this process's? (see {@link RunLock}) */
    @Bean
    @StepScope
    public RunOwnershipCheck runOwnershipCheck(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunLock runLock) {
        return new RunOwnershipCheck(runLock, runIds.of(stepExecution.getJobExecution()));
    }

    @Bean
    public Step routeInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RouteInputsTasklet routeInputsTasklet, RunOwnershipCheck runOwnershipCheck, ClaimStore claims) {
        return new StepBuilder("routeInputs", jobRepository)
                .tasklet(routeInputsTasklet, transactionManager)
                .listener(runOwnershipCheck)
                .listener(new StatisticsRefresh(claims))
                .build();
    }

    // 3. screen each bucket on its own, on every core: a partition commits on its own

    /**
     * Threads that screen partitions at once: the cores, unless {@code claimscreen.partition.threads}
     * (or {@code CLAIMSCREEN_PARTITION_THREADS}) says; also the least number of buckets.
     */
    private final int partitionThreads;

    public ScreenClaimsJobConfiguration(@Value("${claimscreen.partition.threads:0}") int threads) {
        this.partitionThreads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static Path workDir(RunStore runs, long runId) {
        return runs.run(runId).map(run -> Path.of(run.outDir()).resolve(WORK_FOLDER))
                .orElseThrow(() -> new IllegalStateException("run " + runId + " is not recorded"));
    }

    /** Where a run keeps its buckets and part files until its reports are written. */
    static final String WORK_FOLDER = ".work";

    @Bean
    @StepScope
    public BucketPartitioner bucketPartitioner(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunStore runs) {
        return new BucketPartitioner(workDir(runs, runIds.of(stepExecution.getJobExecution())));
    }

    @Bean
    @StepScope
    public ScreenPartitionTasklet screenPartitionTasklet(@Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{stepExecutionContext['bucket']}") Integer bucket, RunIds runIds, RunStore runs,
            RuleSetups ruleSetups, RejectStore rejects, ClaimStore claims, JdbcHistory history, RunProgress progress,
            @Value("${claimscreen.partition.pause-before-commit:0s}") Duration pauseBeforeCommit,
            PartitionStore partitions, JobRepository jobRepository) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        RuleSetup rules = ruleSetups.of(parameters);
        long runId = runIds.of(stepExecution.getJobExecution());
        RuleEngine engine = new RuleEngine(rules.pack(), referenceData(runId, parameters), History.NONE,
                rules.overrides());
        Map<Integer, String> names = new HashMap<>();
        runs.inputs(runId).forEach(input -> names.put(input.fileIndex(), input.name()));
        return new ScreenPartitionTasklet(runId, bucket, workDir(runs, runId), names, engine, parameters.asOf(),
                history, claims, rejects, progress, pauseBeforeCommit, partitions,
                attempt -> jobRepository.getStepExecution(attempt).getExecutionContext()
                        .get(ScreenPartitionTasklet.TALLY));
    }

    /** The plans and roster each partition screens by: read once per run attempt, not once per partition. */
    private final Map<Long, ReferenceData> reference = new ConcurrentHashMap<>();

    private ReferenceData referenceData(long runId, ScreenJobParameters parameters) {
        if (reference.size() > 16) {
            reference.clear(); // a long-running scheduler: keep only recent runs' (a miss only reads the files again)
        }
        return reference.computeIfAbsent(runId, k -> ReferenceDataCsv.load(parameters.plans(), parameters.providers()));
    }

    @Bean
    public Step screenBucketStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ScreenPartitionTasklet screenPartitionTasklet, RunOwnershipCheck runOwnershipCheck,
            PartitionStore partitions, RunIds runIds, RunLock runLock, WorkerRole workerRole) {
        return new StepBuilder(BucketPartitioner.WORKER_STEP, jobRepository)
                .tasklet(screenPartitionTasklet, transactionManager)
                .listener(runOwnershipCheck)
                .listener(new PartitionAttemptListener(partitions, runIds, runLock, workerRole))
                .build();
    }

    /** The threads partitions are screened on; shut down with the application. */
    @Bean
    public ThreadPoolTaskExecutor partitionExecutor() {
        int threads = partitionThreads;
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("claimscreen-partition-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    public Step screenPartitionsStep(JobRepository jobRepository, Step screenBucketStep,
            BucketPartitioner bucketPartitioner, ThreadPoolTaskExecutor partitionExecutor, RunStore runs, RunIds runIds,
            RunProgress progress, RabbitTemplate rabbitTemplate, PartitionStore partitions,
            @Value("${claimscreen.workers.queue}") String queue, @Value("${claimscreen.workers.poll}") Duration poll,
            @Value("${claimscreen.workers.broker-timeout}") Duration brokerTimeout) {
        TaskExecutorPartitionHandler local = new TaskExecutorPartitionHandler();
        local.setStep(screenBucketStep);
        local.setTaskExecutor(partitionExecutor);
        local.setGridSize(partitionExecutor.getCorePoolSize());
        WorkerPartitionHandler workers = new WorkerPartitionHandler(rabbitTemplate, queue, jobRepository, partitions,
                progress, poll, brokerTimeout);
        return new StepBuilder("screenPartitions", jobRepository)
                .partitioner(BucketPartitioner.WORKER_STEP, bucketPartitioner)
                .partitionHandler(new LocalOrWorkerPartitions(local, workers))
                .listener(new ScreeningProgressListener(runs, runIds, jobRepository, progress))
                .build();
    }

    // 3b. ... or hand them to worker processes over RabbitMQ (screen --workers; claimscreen worker)

    /** The queue partition requests wait in: durable, so a broker restart keeps a run's requests. */
    @Bean
    public Queue partitionQueue(@Value("${claimscreen.workers.queue}") String queue) {
        return new Queue(queue, true);
    }

    @Bean
    public PartitionWorker partitionWorker(JobRepository jobRepository, Step screenBucketStep) {
        return new PartitionWorker(jobRepository, screenBucketStep);
    }

    /**
     * A worker's consumers: started only by {@code claimscreen worker}. One unacknowledged request
     * per consumer (prefetch 1), acknowledged once its partition ended, so a worker killed
     * mid-partition hands it back to the broker; a stop waits for partitions under way.
     */
    @Bean
    public SimpleMessageListenerContainer partitionListener(ConnectionFactory connectionFactory,
            PartitionWorker partitionWorker, @Value("${claimscreen.workers.queue}") String queue,
            @Value("${claimscreen.workers.stop-wait:60s}") Duration stopWait) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(queue);
        container.setMessageListener(partitionWorker);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(partitionThreads);
        container.setDefaultRequeueRejected(true);
        container.setShutdownTimeout(stopWait.toMillis());
        container.setAutoStartup(false);
        return container;
    }

    // 4. write the reports from what is stored

    @Bean
    @StepScope
    public WriteReportsTasklet writeReportsTasklet(@Value("#{stepExecution}") StepExecution stepExecution, RunIds runIds,
            RunStore runs, ReportQueries queries, RejectStore rejects, ClaimStore claims, X12TransactionStore transactions,
            RuleSetups ruleSetups, RunProgress progress, PlatformTransactionManager transactionManager,
            JobRepository jobRepository) {
        ScreenJobParameters parameters = ScreenJobParameters.from(stepExecution.getJobParameters());
        return new WriteReportsTasklet(runs, runIds, queries, rejects, claims, transactions, ruleSetups.of(parameters).pack(),
                ClaimFormats.of(InputReading.mappingOf(parameters), null), parameters.split(), parameters.outputs(),
                progress, transactionManager, jobRepository);
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
            Step registerInputsStep, Step routeInputsStep, Step screenPartitionsStep, Step writeReportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                // first in, last out: the lock is taken before the status is touched and let go after
                .listener(new RunLockListener(runLock, runIds, runs, progress))
                .listener(activeRuns)
                .listener(new RunStatusListener(runs, runIds, runLock))
                .listener(new RunMetricsListener(metrics, queries, runs, runIds))
                .listener(new WorkFolderCleanup(runs, runIds))
                .start(registerInputsStep)
                .next(routeInputsStep)
                .next(screenPartitionsStep)
                .next(writeReportsStep)
                .build();
    }
}
