package org.claimscreen.run;

import org.claimscreen.intake.Reject;
import org.claimscreen.intake.RowRejectedException;
import org.claimscreen.persistence.RejectStore;

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
