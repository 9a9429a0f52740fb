package org.claimscreen.intake.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV records exactly as Commons CSV's {@code CSVPrinter} does with RFC 4180 quoting
 * ({@code CSVFormat.DEFAULT} or {@code RFC4180} with a one-character delimiter, no escape
 * character, quote mode unset, hence minimal) — the same bytes, which the reports' contract and
 * {@code CsvRecordWriterTest} pin — without its per-value work: no boxing, no
 * {@code toString} of every value, no substring per cell. findings.csv and clean/held print
 * millions of cells.
 *
 * <p>The rule, as Commons CSV applies it: a value is quoted when it is empty and first in its record
 * (or that record would be a blank line), when its first character is {@code #} or below (space,
 * control characters, {@code ! "}), when it holds CR, LF, the quote or the delimiter, or when its
 * last character is a space or below; a quote inside is doubled. {@code null} is an empty cell,
 * never quoted.
 */
public final class CsvRecordWriter {

    private static final char QUOTE = '"';

    private final Writer out;
    private final char delimiter;
    private final String recordSeparator;
    private boolean newRecord = true;

    public CsvRecordWriter(Writer out, char delimiter, String recordSeparator) {
        this.out = out;
        this.delimiter = delimiter;
        this.recordSeparator = recordSeparator;
    }

    /** Prints a text cell; null is an empty one. */
    public void print(String value) throws IOException {
        boolean first = newRecord;
        newRecord = false;
        if (!first) {
            out.write(delimiter);
        }
        if (value == null) {
            return;
        }
        if (!needsQuotes(value, first)) {
            out.write(value);
            return;
        }
        out.write(QUOTE);
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) == QUOTE) {
                out.write(value, start, i - start + 1);
                start = i; // the quote is written again: doubled
            }
        }
        out.write(value, start, length - start);
        out.write(QUOTE);
    }

    /** Prints a number cell. */
    public void print(long value) throws IOException {
        print(Long.toString(value));
    }

    /** Prints a number cell; null is an empty one. */
    public void print(Integer value) throws IOException {
        print(value == null ? null : value.toString());
    }

    /** Ends the record. */
    public void println() throws IOException {
        out.write(recordSeparator);
        newRecord = true;
    }

    private boolean needsQuotes(String value, boolean first) {
        int length = value.length();
        if (length == 0) {
            return first;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == QUOTE || c == delimiter) {
                return true;
            }
        }
        return value.charAt(length - 1) <= ' ';
    }
}
