package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.domain.screening.NotScreenedRow;
import org.claimscreen.intake.csv.SpreadsheetSafe;

/**
 * Writes not-screened.csv (outputs.md): the claims a run read but left out of the rules' scope
 * (an institutional FHIR claim, a mapping's {@code screen-only}), each with its reason, so that
 * every claim read is named in exactly one of clean/, held/, rejects.csv or this file. The
 * claim id is the only claim data in it; text cells are {@link SpreadsheetSafe spreadsheet safe}.
 */
public final class NotScreenedCsvWriter {

    /** The contract's columns, in order. */
    public static final List<String> HEADER = List.of("file", "line", "claim_id", "reason");

    private static final SmallCsvWriter<NotScreenedRow> CSV = new SmallCsvWriter<>(HEADER,
            r -> Arrays.asList(r.file(), r.line(), r.claimId(), r.reason()));

    /** Writes {@code target} atomically; returns the number of rows written. */
    public long write(Path target, Iterable<NotScreenedRow> rows) throws IOException {
        return CSV.write(target, rows);
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of rows. */
    public long write(Writer out, Iterable<NotScreenedRow> rows) throws IOException {
        return CSV.write(out, rows);
    }
}
