package org.claimscreen.intake;

import java.util.List;
import java.util.function.Consumer;
import org.claimscreen.intake.x12.X12Transaction;

/** One input file read record by record in file order, whatever its format. Not thread-safe. */
public interface ClaimReader extends AutoCloseable {

    /**
     * The next record, or null at the end of the file (or past a break that leaves the rest unreadable).
     *
     * @throws RecordRejectedException for a record that cannot be read, located by file and line
     */
    ClaimRecord next();

    /** What is worth telling about the file once (e.g. columns it ignores); never claim data. */
    default List<String> notes() {
        return List.of();
    }

    /**
     * Bytes of the file read so far, for progress; 0 when the format cannot tell (the file then
     * counts as read once it is closed).
     */
    default long bytesRead() {
        return 0;
    }

    /**
     * Tells {@code listener} of each X12 transaction (ST..SE) of the file as its end is read, in
     * file order: the 999-style acknowledgement summary (docs/x12-837p.md). Call it before the first
     * {@link #next()}. Other formats have no transactions and never call it.
     */
    default void onTransaction(Consumer<X12Transaction> listener) {
        // not an X12 file
    }

    @Override
    void close();
}
