package org.claimscreen.intake.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The records of one CSV file with the physical line each starts on, blank lines skipped.
 *
 * <p>Blank means no cell has any text: an empty line, or a row of only commas, which spreadsheets
 * export for rows that once held formatting.
 *
 * <p>Commons CSV numbers records, not lines, and a quoted cell may span lines. With
 * {@code ignoreEmptyLines} off (as in {@link CSVFormat#RFC4180}) every line belongs to some record,
 * so a record starts on the line after the one where the previous record ended; blank lines come
 * back as empty records and are dropped here, after their lines have been counted.
 */
final class CsvRecords implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ByteCount bytes;
    private long recordLine;

    private CsvRecords(String file, CSVParser parser, ByteCount bytes) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.bytes = bytes;
    }

    /** Opens {@code path} as UTF-8, comma-separated, dropping a leading byte-order mark. */
    static CsvRecords open(Path path, String file) throws IOException {
        return open(path, file, ',');
    }

    /** Opens {@code path} as UTF-8 with cells separated by {@code delimiter}, dropping a leading byte-order mark. */
    static CsvRecords open(Path path, String file, char delimiter) throws IOException {
        CSVFormat format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
        ByteCount bytes = new ByteCount(Files.newInputStream(path));
        InputStream in = BOMInputStream.builder().setInputStream(bytes).get();
        try {
            return new CsvRecords(file, CSVParser.builder()
                    .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .setFormat(format)
                    .get(), bytes);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The next non-blank record, or null at the end of the file.
     *
     * @throws CsvFileException when the CSV itself is broken (a quote never closed, text after a
     *                          closing quote): the rest of the file cannot be split into records
     */
    CSVRecord next() {
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException malformed) {
                    throw new CsvFileException(file, start, "the CSV is malformed from here on ("
                            + malformed.getMessage() + "); check for a quote that is not closed or text after a closing quote",
                            malformed);
                }
                throw e;
            }
            if (!isBlank(record)) {
                recordLine = start;
                return record;
            }
        }
    }

    /**
     * Bytes read from the file so far: ahead of the records handed out by up to a buffer (a few
     * KB), which is close enough to say how far through the file a run is.
     */
    long bytesRead() {
        return bytes.count;
    }

    /** The physical line (1-based) where the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** An empty line, or one of only delimiters and spaces as spreadsheets export their empty rows. */
    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes read through it: one addition per buffer fill, nothing per record. */
    private static final class ByteCount extends FilterInputStream {

        private volatile long count;

        ByteCount(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
