package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.intake.csv.SpreadsheetSafe;
import org.claimscreen.intake.x12.X12Transaction;

/**
 * Writes x12-acknowledgements.csv (outputs.md): one row per 837P transaction the run read, the
 * 999-style summary of what became of it (docs/x12-837p.md). Control numbers, counts and reasons
 * only, no claim data; text cells are {@link SpreadsheetSafe spreadsheet safe}.
 */
public final class X12AcknowledgementsCsvWriter {

    /** The contract's columns, in order. */
    public static final List<String> HEADER = List.of("file", "transaction", "isa13", "gs06", "st02", "st03",
            "st_segment", "se_segment", "ack_code", "ack", "claims_read", "claims_accepted", "claims_rejected",
            "claims_not_screened", "errors", "first_claim_error");

    private static final SmallCsvWriter<X12Transaction> CSV = new SmallCsvWriter<>(HEADER,
            t -> Arrays.asList(t.file(), t.position(), t.isa13(), t.gs06(), t.st02(), t.st03(), t.stSegment(),
                    t.seSegment(), t.code().name(), t.code().label(), t.claimsRead(), t.claimsAccepted(),
                    t.claimsRejected(), t.claimsNotScreened(), String.join("; ", t.errors()), t.firstClaimError()));

    /** Writes {@code target} atomically; returns the number of transactions written. */
    public long write(Path target, Iterable<X12Transaction> transactions) throws IOException {
        return CSV.write(target, transactions);
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of transactions. */
    public long write(Writer out, Iterable<X12Transaction> transactions) throws IOException {
        return CSV.write(out, transactions);
    }
}
