package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.csv.SpreadsheetSafe;

/**
 * Writes rejects.csv (outputs.md): what could not be screened, said so that whoever fixes the
 * input can find it. Streamed like findings.csv; text cells are {@link SpreadsheetSafe spreadsheet
 * safe}, since a rejected line is exactly where hostile or broken text turns up.
 */
public final class RejectsCsvWriter {

    /** The contract's columns, in order. */
    public static final List<String> HEADER = List.of("file", "line", "claim_id", "column", "reason");

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    /** Writes {@code target} atomically; returns the number of rejects written. */
    public long write(Path target, Iterable<RejectRow> rejects) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, rejects));
        return count[0];
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of rejects. */
    public long write(Writer out, Iterable<RejectRow> rejects) throws IOException {
        long count = 0;
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (RejectRow r : rejects) {
            printer.printRecord(
                    SpreadsheetSafe.cell(r.file()),
                    r.line(),
                    SpreadsheetSafe.cell(r.claimId()),
                    SpreadsheetSafe.cell(r.column()),
                    SpreadsheetSafe.cell(r.reason()));
            count++;
        }
        printer.flush();
        return count;
    }
}
