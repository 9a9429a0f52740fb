package org.claimscreen.batch;

import org.claimscreen.store.RejectStore;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every skipped row as a reject. Spring Batch calls it inside the chunk's transaction, so
 * a reject is stored exactly when the rows around it are: a restart neither loses nor repeats it.
 */
class RejectRecorder implements SkipListener<StagedItem, StagedItem> {

    private final RejectStore rejects;
    private final long runId;

    RejectRecorder(RejectStore rejects, long runId) {
        this.rejects = rejects;
        this.runId = runId;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (t instanceof StagedRejectException staged) {
            rejects.insert(runId, staged.fileIndex(), staged.kind(), staged.reject());
        }
    }
}
