package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.csv.SpreadsheetSafe;

/**
 * The shape rejects.csv and not-screened.csv share: a header, one record per row, every text cell
 * {@link SpreadsheetSafe spreadsheet safe}, written atomically. Numbers (a line) pass as they are.
 */
final class SmallCsvWriter<T> {

    private final CSVFormat format;
    private final Function<T, List<Object>> cells;

    SmallCsvWriter(List<String> header, Function<T, List<Object>> cells) {
        this.format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        this.cells = cells;
    }

    /** Writes {@code target} atomically; returns the number of rows written. */
    long write(Path target, Iterable<T> rows) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, rows));
        return count[0];
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of rows. */
    long write(Writer out, Iterable<T> rows) throws IOException {
        long count = 0;
        CSVPrinter printer = new CSVPrinter(out, format);
        for (T row : rows) {
            for (Object cell : cells.apply(row)) {
                printer.print(cell instanceof String text ? SpreadsheetSafe.cell(text) : cell);
            }
            printer.println();
            count++;
        }
        printer.flush();
        return count;
    }
}
