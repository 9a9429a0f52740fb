package org.claimscreen.run;

/**
 * One input file as the read step walks it, whatever its format: one item at a time, in file
 * order, so the item count the step saves with each chunk says exactly where to resume.
 */
interface ClaimSource extends AutoCloseable {

    /**
     * The next item, or null at the end of the file.
     *
     * @throws StagedRejectException for an item that cannot be read (the skip policy records it)
     */
    StagedItem next();

    /** What is worth telling about the file once (e.g. columns it ignores); never claim data. */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }

    /**
     * Bytes of the file read so far, for progress; 0 when the format cannot tell (the file then
     * counts as read once it is closed).
     */
    default long bytesRead() {
        return 0;
    }

    /** Passes over one item without mapping it (restart); false at the end of the file. */
    boolean skip();

    @Override
    void close();
}
