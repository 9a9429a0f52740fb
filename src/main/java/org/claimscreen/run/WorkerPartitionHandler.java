package org.claimscreen.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.persistence.PartitionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The manager's side of remote partitioning: puts one request per partition on the RabbitMQ queue
 * that the workers ({@code claimscreen worker}) take them from, then watches the job repository,
 * which the workers record in, until every partition ended.
 *
 * <p>Not Spring Batch Integration's {@code MessageChannelPartitionHandler}: that one polls the
 * repository blind to the broker, so a run whose broker went away would wait out its timeout. This
 * one asks the broker on every poll; gone for longer than {@code brokerTimeout}, the step fails
 * (the partitions already recorded stay recorded, and a restart sends the rest). A worker that
 * dies needs nothing from here: its request was never acknowledged, and the broker gives it to
 * another worker.
 */
class WorkerPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(WorkerPartitionHandler.class);

    /** How often, at most, the manager says that no worker takes partitions. */
    private static final Duration NO_WORKER_NOTE_EVERY = Duration.ofSeconds(60);

    private final RabbitTemplate rabbit;
    private final String queue;
    private final JobRepository jobRepository;
    private final PartitionStore partitions;
    private final RunProgress progress;
    private final Duration pollEvery;
    private final Duration brokerTimeout;

    WorkerPartitionHandler(RabbitTemplate rabbit, String queue, JobRepository jobRepository, PartitionStore partitions,
            RunProgress progress, Duration pollEvery, Duration brokerTimeout) {
        this.rabbit = rabbit;
        this.queue = queue;
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.progress = progress;
        this.pollEvery = pollEvery;
        this.brokerTimeout = brokerTimeout;
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitionSteps) throws Exception {
        long jobExecutionId = manager.getJobExecutionId();
        Map<Long, StepExecution> waiting = new LinkedHashMap<>();
        List<StepExecution> inOrder = partitionSteps.stream().sorted(Comparator.comparing(StepExecution::getStepName))
                .toList();
        for (StepExecution partition : inOrder) {
            send(new PartitionRequest(jobExecutionId, partition.getId(), BucketPartitioner.WORKER_STEP));
            waiting.put(partition.getId(), partition);
        }
        log.info("run partitions: {} sent to the workers on queue {}", waiting.size(), queue);
        try {
            return awaitPartitions(jobExecutionId, waiting);
        } catch (Exception givenUp) {
            abandonUnstarted(waiting.keySet());
            throw givenUp;
        }
    }

    private Set<StepExecution> awaitPartitions(long jobExecutionId, Map<Long, StepExecution> waiting) throws Exception {
        Set<StepExecution> ended = new HashSet<>();
        Instant brokerLostAt = null;
        Instant noWorkerNotedAt = Instant.EPOCH;
        while (!waiting.isEmpty()) {
            Thread.sleep(pollEvery.toMillis());
            if (jobRepository.getJobExecution(jobExecutionId).getStatus() == BatchStatus.STOPPING) {
                throw new JobInterruptedException("asked to stop: " + waiting.size() + " partitions not waited for");
            }
            Map<Long, String> statuses = partitions.statuses(jobExecutionId);
            for (Long id : List.copyOf(waiting.keySet())) {
                BatchStatus status = BatchStatus.valueOf(statuses.getOrDefault(id, "UNKNOWN"));
                if (!status.isRunning()) {
                    StepExecution partition = jobRepository.getStepExecution(id);
                    ended.add(partition);
                    waiting.remove(id);
                    progress.partitionDone(partition.getExecutionContext().getInt("bucket", Integer.MAX_VALUE), 0, 0);
                }
            }
            Integer consumers = consumers();
            if (consumers == null) {
                brokerLostAt = brokerLostAt == null ? Instant.now() : brokerLostAt;
                if (Duration.between(brokerLostAt, Instant.now()).compareTo(brokerTimeout) > 0) {
                    throw new IllegalStateException("RabbitMQ went away " + brokerTimeout.toSeconds() + " s ago with "
                            + waiting.size() + " partitions not done; the partitions recorded stay recorded");
                }
            } else {
                brokerLostAt = null;
                if (consumers == 0 && !waiting.isEmpty()
                        && Duration.between(noWorkerNotedAt, Instant.now()).compareTo(NO_WORKER_NOTE_EVERY) > 0) {
                    log.warn("run partitions: no worker takes partitions from queue {} ({} waiting): start"
                            + " 'claimscreen worker' where the database and the run's out folder are shared", queue,
                            waiting.size());
                    noWorkerNotedAt = Instant.now();
                }
            }
        }
        return ended;
    }

    /**
     * When the manager stops waiting (the broker is gone, or it was asked to stop), the partitions
     * no worker started yet are marked failed: a worker that takes their requests later leaves them
     * alone, and a restart may go ahead (Spring Batch refuses to restart a run with partitions
     * STARTING). Partitions under way on workers finish there, recorded once as always.
     */
    private void abandonUnstarted(Set<Long> waiting) {
        for (Long id : waiting) {
            try {
                StepExecution partition = jobRepository.getStepExecution(id);
                if (partition != null && partition.getStatus() == BatchStatus.STARTING) {
                    partition.setStatus(BatchStatus.FAILED);
                    partition.setExitStatus(ExitStatus.FAILED.addExitDescription("not started: the run stopped waiting"));
                    partition.setEndTime(LocalDateTime.now());
                    jobRepository.update(partition);
                }
            } catch (RuntimeException takenMeanwhile) {
                // a worker started it at this moment (its update won): it finishes there
                log.debug("partition {} was not marked failed: {}", id, takenMeanwhile.getMessage());
            }
        }
    }

    private void send(PartitionRequest request) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT); // a broker restart keeps the queue's requests
        Message message = MessageBuilder.withBody(request.toJson()).andProperties(properties).build();
        rabbit.send("", queue, message);
    }

    /** The workers listening on the queue now, or null when the broker cannot be reached. */
    private Integer consumers() {
        try {
            return rabbit.execute(channel -> channel.queueDeclarePassive(queue).getConsumerCount());
        } catch (AmqpException unreachable) {
            return null;
        }
    }
}
