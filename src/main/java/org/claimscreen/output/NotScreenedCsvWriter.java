package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimscreen.domain.screening.NotScreenedRow;
import org.claimscreen.intake.AtomicFile;
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

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    /** Writes {@code target} atomically; returns the number of rows written. */
    public long write(Path target, Iterable<NotScreenedRow> rows) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, rows));
        return count[0];
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of rows. */
    public long write(Writer out, Iterable<NotScreenedRow> rows) throws IOException {
        long count = 0;
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (NotScreenedRow r : rows) {
            printer.printRecord(
                    SpreadsheetSafe.cell(r.file()),
                    r.line(),
                    SpreadsheetSafe.cell(r.claimId()),
                    SpreadsheetSafe.cell(r.reason()));
            count++;
        }
        printer.flush();
        return count;
    }
}
