package org.claimscreen.run;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * A worker's side of remote partitioning ({@code claimscreen worker}): takes one partition request
 * at a time off the queue and screens that partition, in this process, with the job's own
 * {@code screenBucket} step, reading and recording everything in the shared job repository. As
 * Spring Batch Integration's {@code StepExecutionRequestHandler} does, with what that one lacks
 * for a queue that redelivers:
 *
 * <ul>
 * <li>the message is acknowledged only once the partition ended (the listener returns): a worker
 *     killed mid-partition never acknowledges, so the broker hands the request to another
 *     worker, which screens the partition again from nothing (the dead one's transaction died with
 *     its connection);
 * <li>a request for a partition already ended, or of a run no longer running (its manager died
 *     and the run was restarted, or it failed), is dropped: the restart sends its own;
 * <li>an unreadable request is dropped with a log line rather than redelivered for ever.
 * </ul>
 */
public class PartitionWorker implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final Step screenBucketStep;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    PartitionWorker(JobRepository jobRepository, Step screenBucketStep) {
        this.jobRepository = jobRepository;
        this.screenBucketStep = screenBucketStep;
    }

    public int running() {
        return running.get();
    }

    public int done() {
        return done.get();
    }

    public int failed() {
        return failed.get();
    }

    @Override
    public void onMessage(Message message) {
        PartitionRequest request;
        try {
            request = PartitionRequest.fromJson(message.getBody());
        } catch (IllegalArgumentException unreadable) {
            log.warn("worker: dropped a message: {}", unreadable.getMessage());
            return;
        }
        if (!request.stepName().equals(screenBucketStep.getName())) {
            log.warn("worker: dropped a request for step '{}': workers screen '{}' partitions only",
                    request.stepName(), screenBucketStep.getName());
            return;
        }
        StepExecution partition;
        try {
            partition = jobRepository.getStepExecution(request.stepExecutionId());
        } catch (EmptyResultDataAccessException none) {
            partition = null;
        }
        if (partition == null) {
            log.warn("worker: dropped a request for step execution {}: the job repository has no such partition"
                    + " (does this worker use the manager's database?)", request.stepExecutionId());
            return;
        }
        String name = partition.getStepName();
        BatchStatus status = partition.getStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            log.info("worker: {} is {} already: nothing to do", name, status);
            return;
        }
        JobExecution job = partition.getJobExecution();
        if (!job.getStatus().isRunning()) {
            log.info("worker: {} belongs to job execution {}, which is {}: dropped (a restart sends its own)", name,
                    job.getId(), job.getStatus());
            return;
        }
        long started = System.nanoTime();
        running.incrementAndGet();
        try {
            screenBucketStep.execute(partition);
        } catch (JobInterruptedException stopped) {
            partition.setStatus(BatchStatus.STOPPED);
            jobRepository.update(partition);
        } finally {
            running.decrementAndGet();
        }
        (partition.getStatus() == BatchStatus.COMPLETED ? done : failed).incrementAndGet();
        log.info("worker: {} of job execution {} {} in {} ms", name, job.getId(), partition.getStatus(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
