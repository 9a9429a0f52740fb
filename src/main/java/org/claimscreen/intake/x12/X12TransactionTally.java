package org.claimscreen.intake.x12;

import java.util.List;
import java.util.function.Consumer;

/**
 * Counts the claims of the transaction being read and tells its {@link X12Transaction} when it
 * ends (at its SE, or where the file breaks or ends inside it). {@link X12ClaimFile} calls it where
 * envelopes start and end and where a claim becomes a record, so the summary is what the reader
 * decided, not a second reading of the rejects. Memory: one transaction's counts.
 */
final class X12TransactionTally {

    private final String file;
    private final Consumer<X12Transaction> listener;

    private String isa13 = "";
    private String gs06 = "";
    private int position;

    private boolean open;
    private String st02;
    private String st03;
    private long stSegment;
    private long accepted;
    private long rejected;
    private long notScreened;
    private String firstClaimError;

    X12TransactionTally(String file, Consumer<X12Transaction> listener) {
        this.file = file;
        this.listener = listener;
    }

    /** An ISA: the transactions until its IEA are in interchange {@code isa13}. */
    void interchange(String isa13) {
        this.isa13 = isa13;
        this.gs06 = "";
    }

    /** A GS: the transactions until its GE are in group {@code gs06}. */
    void group(String gs06) {
        this.gs06 = gs06;
    }

    /** An ST. A transaction still open (no SE before this ST) ends here, broken. */
    void start(long segment, String st02, String st03) {
        if (open) {
            end(null, List.of("segment " + segment + " ST: transaction " + this.st02 + " has no SE before the next ST"));
        }
        open = true;
        position++;
        this.st02 = st02;
        this.st03 = st03;
        this.stSegment = segment;
        accepted = 0;
        rejected = 0;
        notScreened = 0;
        firstClaimError = null;
    }

    void accepted() {
        accepted++;
    }

    void rejected(String reason) {
        rejected++;
        if (firstClaimError == null) {
            firstClaimError = reason;
        }
    }

    void notScreened() {
        notScreened++;
    }

    boolean open() {
        return open;
    }

    /**
     * The transaction ends: at its SE ({@code seSegment}), or with null where the file broke or
     * ended inside it; {@code errors} are what breaks it as a whole. Nothing when none is open.
     */
    void end(Long seSegment, List<String> errors) {
        if (!open) {
            return;
        }
        open = false;
        listener.accept(new X12Transaction(file, position, isa13, gs06, st02, st03, stSegment, seSegment,
                accepted + rejected + notScreened, accepted, rejected, notScreened, errors, firstClaimError));
    }
}
