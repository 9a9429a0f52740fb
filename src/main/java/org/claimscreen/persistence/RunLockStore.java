package org.claimscreen.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows behind the run lock: who owns a run ({@code run_owner}) and which input contents a run
 * is screening ({@code input_lock}). Every change commits on its own, outside any step's
 * transaction, so other processes see it at once and a rolled-back chunk cannot take it back.
 * Whether an owner is alive is {@code batch.RunLock}'s call; this class only reads and writes.
 */
@Repository
public class RunLockStore {

    /** A run's owner as stored, and how long ago it last said it was alive (database clock). */
    public record Owner(long runId, String host, long pid, String token, Duration silentFor) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public RunLockStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Owner> owner(long runId) {
        return ownTransaction.execute(status -> jdbc.query("""
                select run_id, host, pid, token, heartbeat_at, current_timestamp as now_at
                from run_owner where run_id = ?""",
                (rs, i) -> {
                    Timestamp heartbeat = rs.getTimestamp("heartbeat_at");
                    Timestamp now = rs.getTimestamp("now_at");
                    return new Owner(rs.getLong("run_id"), rs.getString("host"), rs.getLong("pid"), rs.getString("token"),
                            Duration.ofMillis(Math.max(0, now.getTime() - heartbeat.getTime())));
                }, runId).stream().findFirst());
    }

    /** Records this process as the owner of a run nobody owns; false when someone does. */
    public boolean insertOwner(long runId, String host, long pid, String token) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("""
                    insert into run_owner (run_id, host, pid, token, heartbeat_at)
                    values (?, ?, ?, ?, current_timestamp)""", runId, host, pid, token));
            return true;
        } catch (DuplicateKeyException owned) {
            return false;
        }
    }

    /**
     * Takes a run over from the owner holding {@code previousToken} (judged dead): compare and set,
     * so of two processes taking over the same dead run only one wins.
     */
    public boolean takeOver(long runId, String previousToken, String host, long pid, String token) {
        Integer updated = ownTransaction.execute(status -> jdbc.update("""
                update run_owner set host = ?, pid = ?, token = ?, heartbeat_at = current_timestamp
                where run_id = ? and token = ?""", host, pid, token, runId, previousToken));
        return updated != null && updated == 1;
    }

    /** Says the owner is alive; false when the run is no longer this owner's. */
    public boolean heartbeat(long runId, String token) {
        Integer updated = ownTransaction.execute(status -> jdbc.update(
                "update run_owner set heartbeat_at = current_timestamp where run_id = ? and token = ?", runId, token));
        return updated != null && updated == 1;
    }

    /**
     * Whether the run is still this owner's, read in the caller's transaction: a chunk checks it
     * before it writes, so a process that was judged dead (stalled past the staleness limit) and
     * taken over cannot write into the run beside its new owner.
     */
    public boolean owns(long runId, String token) {
        Integer count = jdbc.queryForObject("select count(*) from run_owner where run_id = ? and token = ?",
                Integer.class, runId, token);
        return count != null && count > 0;
    }

    /** Ends this owner's hold on a run: its input locks, then the run itself. */
    public void release(long runId, String token) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("""
                    delete from input_lock where run_id = ?
                    and exists (select 1 from run_owner o where o.run_id = ? and o.token = ?)""", runId, runId, token);
            jdbc.update("delete from run_owner where run_id = ? and token = ?", runId, token);
        });
    }

    /** The run holding the lock on this content, if any (alive or not). */
    public Optional<Long> inputHolder(String sha256) {
        return ownTransaction.execute(status -> jdbc.query("select run_id from input_lock where sha256 = ?",
                (rs, i) -> rs.getLong(1), sha256).stream().findFirst());
    }

    /** Locks a content for a run; false when some run holds it already. */
    public boolean insertInputLock(String sha256, long runId) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into input_lock (sha256, run_id) values (?, ?)", sha256, runId));
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    /** Moves a dead run's lock to {@code runId}; compare and set, like {@link #takeOver}. */
    public boolean moveInputLock(String sha256, long fromRunId, long runId) {
        Integer updated = ownTransaction.execute(status -> jdbc.update(
                "update input_lock set run_id = ? where sha256 = ? and run_id = ?", runId, sha256, fromRunId));
        return updated != null && updated == 1;
    }

    public void releaseInput(String sha256, long runId) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "delete from input_lock where sha256 = ? and run_id = ?", sha256, runId));
    }
}
