package org.claimscreen.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's partitions as workers screen them: who runs each attempt ({@code partition_attempt}),
 * which attempt recorded each bucket ({@code partition_recorded}), and the attempts' states as
 * Spring Batch keeps them.
 */
@Repository
public class PartitionStore {

    /** One attempt at a partition, with Spring Batch's state and times of it. */
    public record Attempt(long stepExecutionId, int bucket, String worker, String status, LocalDateTime startedAt,
            LocalDateTime endedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public PartitionStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Says, at once and for every process to see, that {@code worker} started this attempt. */
    public void attemptStarted(long stepExecutionId, long runId, int bucket, String worker) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("delete from partition_attempt where step_execution_id = ? and worker = ?", stepExecutionId,
                    worker);
            jdbc.update("""
                    insert into partition_attempt (step_execution_id, run_id, bucket, worker, started_at)
                    values (?, ?, ?, ?, current_timestamp)""", stepExecutionId, runId, bucket, worker);
        });
    }

    /** The attempt that recorded the bucket, if one did. */
    public Optional<Long> recordedBy(long runId, int bucket) {
        return jdbc.query("select step_execution_id from partition_recorded where run_id = ? and bucket = ?",
                (rs, i) -> rs.getLong(1), runId, bucket).stream().findFirst();
    }

    /**
     * Records that this attempt recorded the bucket, in the caller's transaction (the partition's):
     * a second attempt's insert fails on the key, and its transaction with it.
     */
    public void recorded(long runId, int bucket, long stepExecutionId) {
        jdbc.update("insert into partition_recorded (run_id, bucket, step_execution_id) values (?, ?, ?)", runId,
                bucket, stepExecutionId);
    }

    /** Spring Batch's status of each step execution of a job execution, by id. */
    public Map<Long, String> statuses(long jobExecutionId) {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.query("select step_execution_id, status from batch_step_execution where job_execution_id = ?",
                rs -> {
                    statuses.put(rs.getLong(1), rs.getString(2));
                }, jobExecutionId);
        return statuses;
    }

    /** Every attempt at the run's partitions, in bucket and start order. */
    public List<Attempt> attempts(long runId) {
        return jdbc.query("""
                select a.step_execution_id, a.bucket, a.worker, s.status, a.started_at, s.end_time
                from partition_attempt a
                left join batch_step_execution s on s.step_execution_id = a.step_execution_id
                where a.run_id = ?
                order by a.bucket, a.started_at, a.step_execution_id""",
                (rs, i) -> new Attempt(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4) == null ? "UNKNOWN" : rs.getString(4), time(rs.getTimestamp(5)),
                        time(rs.getTimestamp(6))), runId);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
