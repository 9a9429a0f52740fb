package org.claimscreen.intake;

/**
 * A row (or resource) that cannot be read. Carries the reject to record; the batch step's skip
 * policy skips exactly this exception, so a bad row never fails the run.
 */
public class RowRejectedException extends RuntimeException {

    private final transient Reject reject;

    public RowRejectedException(Reject reject) {
        super(reject.file() + " line " + reject.line() + ": " + reject.reason());
        this.reject = reject;
    }

    public Reject reject() {
        return reject;
    }
}
