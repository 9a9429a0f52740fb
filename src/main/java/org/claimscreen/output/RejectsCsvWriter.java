package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.intake.csv.SpreadsheetSafe;

/**
 * Writes rejects.csv (outputs.md): what could not be screened, said so that whoever fixes the
 * input can find it. Streamed like findings.csv; text cells are {@link SpreadsheetSafe spreadsheet
 * safe}, since a rejected line is exactly where hostile or broken text turns up.
 */
public final class RejectsCsvWriter {

    /** The contract's columns, in order. */
    public static final List<String> HEADER = List.of("file", "line", "claim_id", "column", "reason");

    private static final SmallCsvWriter<RejectRow> CSV = new SmallCsvWriter<>(HEADER,
            r -> Arrays.asList(r.file(), r.line(), r.claimId(), r.column(), r.reason()));

    /** Writes {@code target} atomically; returns the number of rejects written. */
    public long write(Path target, Iterable<RejectRow> rejects) throws IOException {
        return CSV.write(target, rejects);
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of rejects. */
    public long write(Writer out, Iterable<RejectRow> rejects) throws IOException {
        return CSV.write(out, rejects);
    }
}
