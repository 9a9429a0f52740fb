package org.claimscreen.run;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Before a chunk writes, inside its transaction: is the run still this process's? A process that
 * stalled past the staleness limit may have been judged dead and its run restarted elsewhere;
 * it must then stop instead of writing beside the new owner. A worker process ({@code claimscreen
 * worker}) never owns the run it screens a partition of: it checks that the run's owner, the
 * manager, is alive, so a partition of a run whose manager died is left for the run's restart.
 */
class RunOwnershipCheck implements ChunkListener<Object, Object> {

    private final RunLock lock;
    private final long runId;

    RunOwnershipCheck(RunLock lock, long runId) {
        this.lock = lock;
        this.runId = runId;
    }

    @Override
    public void beforeChunk(Chunk<Object> chunk) {
        if (lock.owns(runId)) {
            lock.checkStillOwned(runId);
        } else {
            lock.checkManagerAlive(runId);
        }
    }
}
