package org.claimscreen.run;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.claimscreen.persistence.RunLockStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The lock that keeps two processes from screening the same input at once, kept in the database
 * so that it holds across machines (a file lock would hold on one). A run is owned by one process
 * (host, pid and a random token), which says it is alive every {@code claimscreen.lock.heartbeat}
 * (default 10 s); the inputs it screens are locked by content (sha256) while it runs.
 *
 * <p>An owner is dead when it has not said so for {@code claimscreen.lock.stale-after} (default
 * 60 s), or at once when it ran on this host and its process is gone (kill -9, a crash). A dead
 * owner's run can be restarted and its input locks taken over; a live one's cannot. Heartbeats and
 * staleness are measured on the database's clock, so hosts need not agree on the time.
 */
@Component
public class RunLock implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    /** Who holds a run or an input: enough to find the process, and how long it has been silent. */
    public record Holder(long runId, String host, long pid, Duration silentFor) {

        /** "run 12 on host db1 (pid 4242)" */
        public String describe() {
            return "run " + runId + " on host " + host + " (pid " + pid + ")";
        }
    }

    private final RunLockStore store;
    private final Duration heartbeatEvery;
    private final Duration staleAfter;
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    private final String token = UUID.randomUUID().toString();
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "claimscreen-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public RunLock(RunLockStore store, @Value("${claimscreen.lock.heartbeat:10s}") Duration heartbeatEvery,
            @Value("${claimscreen.lock.stale-after:60s}") Duration staleAfter) {
        if (staleAfter.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("claimscreen.lock.stale-after (" + staleAfter
                    + ") must be at least twice claimscreen.lock.heartbeat (" + heartbeatEvery + ")");
        }
        this.store = store;
        this.heartbeatEvery = heartbeatEvery;
        this.staleAfter = staleAfter;
        long millis = heartbeatEvery.toMillis();
        heartbeats.scheduleWithFixedDelay(this::sayAlive, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The process running {@code runId} now, when that is another, live process. */
    public Optional<Holder> liveOwner(long runId) {
        return store.owner(runId).filter(this::alive).filter(owner -> !owner.token().equals(token)).map(RunLock::holder);
    }

    /**
     * Makes this process the run's owner: a run nobody owns is taken, a dead owner's run taken
     * over. Empty when the run is this process's now, else the live owner.
     */
    public Optional<Holder> claim(long runId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.insertOwner(runId, host, pid, token)) {
                owned.add(runId);
                return Optional.empty();
            }
            Optional<RunLockStore.Owner> owner = store.owner(runId);
            if (owner.isEmpty()) {
                continue; // released between the two reads: try again
            }
            if (owner.get().token().equals(token)) {
                owned.add(runId);
                return Optional.empty();
            }
            if (alive(owner.get())) {
                return Optional.of(holder(owner.get()));
            }
            if (store.takeOver(runId, owner.get().token(), host, pid, token)) {
                log.info("run {}: took over from its dead process on host {} (pid {})", runId, owner.get().host(),
                        owner.get().pid());
                owned.add(runId);
                return Optional.empty();
            }
        }
        return liveOwner(runId).or(() -> {
            throw new IllegalStateException("run " + runId + " changes owner too often to claim it");
        });
    }

    /**
     * Locks an input content for a run this process owns. Empty when locked (or already the
     * run's), else the live run that is screening the same content now.
     */
    public Optional<Holder> lockInput(String sha256, long runId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.insertInputLock(sha256, runId)) {
                return Optional.empty();
            }
            Optional<Long> holderRun = store.inputHolder(sha256);
            if (holderRun.isEmpty()) {
                continue;
            }
            long other = holderRun.get();
            if (other == runId) {
                return Optional.empty();
            }
            Optional<Holder> live = liveOwner(other);
            if (live.isPresent()) {
                return live;
            }
            if (store.moveInputLock(sha256, other, runId)) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("an input of run " + runId + " changes hands too often to lock it");
    }

    /** The live run screening this content now, if any. */
    public Optional<Holder> inputHeldBy(String sha256) {
        return store.inputHolder(sha256).flatMap(this::liveOwner);
    }

    public void releaseInput(String sha256, long runId) {
        store.releaseInput(sha256, runId);
    }

    /** Whether this process owns the run (as far as it knows). */
    public boolean owns(long runId) {
        return owned.contains(runId);
    }

    /**
     * Fails when the run is no longer this process's in the database. Called in each chunk's
     * transaction, before it writes.
     */
    public void checkStillOwned(long runId) {
        if (!store.owns(runId, token)) {
            owned.remove(runId);
            throw new IllegalStateException("run " + runId + " was taken over by another process while this one"
                    + " was silent for longer than claimscreen.lock.stale-after (" + staleAfter.toSeconds() + " s)");
        }
    }

    /**
     * Fails when no live process owns the run: what a worker checks before it records a partition
     * of a run it does not own.
     */
    public void checkManagerAlive(long runId) {
        Optional<RunLockStore.Owner> owner = store.owner(runId);
        if (owner.isEmpty() || !alive(owner.get())) {
            throw new IllegalStateException("run " + runId + " has no live process running it (its manager ended or"
                    + " died): this partition is left for 'claimscreen restart " + runId + "'");
        }
    }

    /** "host db1 (pid 4242)": this process, as runs and show name the workers of partitions. */
    public String processName() {
        return "host " + host + " (pid " + pid + ")";
    }

    /** Lets go of the run and its inputs (the run ended, whatever its status). */
    public void release(long runId) {
        if (owned.remove(runId)) {
            store.release(runId, token);
        }
    }

    /** The owner is this process, or it said it was alive lately and its process still runs. */
    boolean alive(RunLockStore.Owner owner) {
        if (owner.token().equals(token)) {
            return true;
        }
        if (owner.silentFor().compareTo(staleAfter) > 0) {
            return false;
        }
        if (owner.host().equals(host) && owner.pid() != pid) {
            return ProcessHandle.of(owner.pid()).map(ProcessHandle::isAlive).orElse(false);
        }
        return true;
    }

    Duration heartbeatEvery() {
        return heartbeatEvery;
    }

    private void sayAlive() {
        for (long runId : owned) {
            try {
                if (!store.heartbeat(runId, token)) {
                    log.warn("run {}: another process took the run over; this one stops at its next chunk", runId);
                    owned.remove(runId);
                }
            } catch (RuntimeException unreachable) {
                // The database is away: the run's own next step says so; a heartbeat has nothing to add.
                log.debug("run {}: heartbeat failed: {}", runId, unreachable.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }

    private static RunLock.Holder holder(RunLockStore.Owner owner) {
        return new Holder(owner.runId(), owner.host(), owner.pid(), owner.silentFor());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception unknown) {
            return "unknown-host";
        }
    }
}
