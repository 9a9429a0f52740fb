package org.claimscreen.batch;

import org.claimscreen.ingest.Reject;
import org.claimscreen.ingest.RowRejectedException;
import org.claimscreen.store.RejectStore;

/** A reject from input number {@code fileIndex}: what the read step's skip policy skips and records. */
class StagedRejectException extends RowRejectedException {

    private final int fileIndex;
    private final RejectStore.Kind kind;

    StagedRejectException(int fileIndex, RejectStore.Kind kind, Reject reject) {
        super(reject);
        this.fileIndex = fileIndex;
        this.kind = kind;
    }

    int fileIndex() {
        return fileIndex;
    }

    RejectStore.Kind kind() {
        return kind;
    }
}
