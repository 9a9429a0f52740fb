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
import org.springframework.dao.OptimisticLockingFailureException;

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
 * <li>a worker that hung mid-partition (SIGSTOP, a frozen machine) loses its broker connection to the
 *     AMQP heartbeat, so its request goes to another worker, and its database session to
 *     {@code idle_in_transaction_session_timeout}, so its locks do not hold the other up; woken, it
 *     finds the partition's record moved on and keeps nothing;
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
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (partition.getStatus() == BatchStatus.UNKNOWN) {
            // Spring Batch could not write the partition's end: its record moved on without this worker
            log.warn("worker: {} of job execution {} ended after {} ms, but {}: this one keeps nothing", name,
                    job.getId(), millis, takenOver(partition) ? "another worker took it over while this one was silent"
                            : "its end could not be written to the job repository");
            return;
        }
        log.info("worker: {} of job execution {} {} in {} ms", name, job.getId(), partition.getStatus(), millis);
    }

    /** The job repository refused this worker's version of the partition: another attempt had updated it. */
    private static boolean takenOver(StepExecution partition) {
        for (Throwable failure : partition.getFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException) {
                    return true;
                }
            }
        }
        return false;
    }
}
