package org.claimscreen.intake;

/**
 * A record of an input that cannot be read, with the reject to record. When {@link #restUnreadable}
 * the file cannot be read past it either: the reader then ends, and the claims read before the break
 * are rejected in their partitions, since their other lines may stand in the unreadable rest.
 */
public final class RecordRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reject reject;
    private final boolean restUnreadable;

    public RecordRejectedException(Reject reject, boolean restUnreadable) {
        super(reject.file() + " line " + reject.line() + ": " + reject.reason());
        this.reject = reject;
        this.restUnreadable = restUnreadable;
    }

    public Reject reject() {
        return reject;
    }

    public boolean restUnreadable() {
        return restUnreadable;
    }
}
