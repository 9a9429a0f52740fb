package org.claimscreen.intake.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.csv.CsvRecordWriter;
import org.claimscreen.intake.csv.SpreadsheetSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a claim CSV into clean and held files with the original header and the original records
 * of each claim, in file order, cell for cell: same columns in the same order, the same line
 * ending (CRLF or LF, as the file's first line ends) and a byte-order mark when the file had one.
 * Quoting is Commons CSV's minimal quoting, so a cell the export quoted needlessly comes back
 * unquoted; the values are the same.
 *
 * <p>Every cell goes through {@link SpreadsheetSafe#cell} like every CSV claimscreen writes: a
 * cell that begins with {@code = + - @}, tab or CR gets a leading {@code '}. Claims that passed
 * screening have no such cells in their numeric columns, so in practice this only touches free
 * text that would otherwise run as a formula when a biller opens the file.
 *
 * <p>Records are read the way the claim reader reads them (RFC 4180 with the mapping's delimiter,
 * UTF-8, blank lines skipped, the claim id stripped and found by header name, case-insensitively,
 * through the column mapping when there is one), so a claim id matches the stored one, and written
 * with the same delimiter: a mapped export's clean file is still in its own layout. A file that breaks part-way (a quote never closed) is split up to the break: the
 * claims read before it were rejected, and nothing after it was screened.
 */
final class CsvClaimSplitter implements ClaimSplitter {

    private static final Logger log = LoggerFactory.getLogger(CsvClaimSplitter.class);

    private final ColumnMapping mapping;
    private final CSVFormat read;

    CsvClaimSplitter(ColumnMapping mapping) {
        this.mapping = mapping;
        this.read = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setDelimiter(mapping.delimiter()).get();
    }

    /**
     * Hashes the file as it splits it, in the same read, and throws the split away (neither file
     * written) when the hash is not {@code sha256}; null skips the check. Both files keep the
     * input's name.
     */
    @Override
    public Split split(Path input, String sha256, Verdicts verdicts, Path cleanFolder, Path heldFolder)
            throws IOException {
        Layout layout = layout(input);
        Path name = input.getFileName();
        long[] counts = new long[3];
        AtomicFile.write(cleanFolder.resolve(name), clean -> AtomicFile.write(heldFolder.resolve(name), held -> {
            counts[0] = 0;
            counts[1] = 0;
            counts[2] = 0;
            String read = copy(input, layout, verdicts, clean, held, counts);
            if (sha256 != null && !sha256.equals(read)) {
                throw new ChangedInputException(input); // both temp files are deleted
            }
        }));
        return new Split(counts[0], counts[1], counts[2]);
    }

    /** Copies the records to their files; returns the sha256 of every byte of the input. */
    private String copy(Path input, Layout layout, Verdicts verdicts, Writer cleanOut,
            Writer heldOut, long[] counts) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream file = new DigestInputStream(Files.newInputStream(input), digest);
                InputStream in = BOMInputStream.builder().setInputStream(file).get();
                CSVParser parser = CSVParser.builder()
                        .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .setFormat(read)
                        .get()) {
            copy(parser, input, layout, verdicts, cleanOut, heldOut, counts);
            // the parser stops at the end or where the file stops being readable: hash the rest too
            file.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void copy(CSVParser parser, Path input, Layout layout, Verdicts verdicts, Writer cleanOut,
            Writer heldOut, long[] counts) throws IOException {
        if (layout.bom()) {
            cleanOut.write('\uFEFF');
            heldOut.write('\uFEFF');
        }
        // RFC 4180 with the file's delimiter and line ending, as Commons CSV's printer writes it
        CsvRecordWriter clean = new CsvRecordWriter(cleanOut, mapping.delimiter(), layout.lineEnding());
        CsvRecordWriter held = new CsvRecordWriter(heldOut, mapping.delimiter(), layout.lineEnding());
        Iterator<CSVRecord> records = parser.iterator();
        long[] start = new long[1];
        CSVRecord header = nextNonBlank(parser, records, input, start);
        if (header == null) {
            return;
        }
        print(clean, header);
        print(held, header);
        ColumnMapping.ClaimIdColumn claimId = mapping.claimIdColumn(header);
        CSVRecord record;
        while ((record = nextNonBlank(parser, records, input, start)) != null) {
            String status = verdicts.at(start[0], claimId.of(record));
            if ("CLEAN".equals(status)) {
                print(clean, record);
                counts[0]++;
            } else if ("HELD".equals(status)) {
                print(held, record);
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        cleanOut.flush();
        heldOut.flush();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /**
     * The next record with any text, or null at the end or where the CSV stops being readable;
     * {@code start[0]} is then the physical line (1-based) where it starts, counted as the claim
     * reader counts it (ingest.csv.CsvRecords), so it is the record's stored {@code source_line}.
     */
    private static CSVRecord nextNonBlank(CSVParser parser, Iterator<CSVRecord> records, Path input, long[] start) {
        try {
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                start[0] = line;
                for (int i = 0; i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        return record;
                    }
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                log.info("{}: split up to where the file stops being readable; nothing after it was screened",
                        input.getFileName());
                return null;
            }
            throw e;
        }
    }

    private static void print(CsvRecordWriter printer, CSVRecord record) throws IOException {
        for (int i = 0; i < record.size(); i++) {
            printer.print(SpreadsheetSafe.cell(record.get(i)));
        }
        printer.println();
    }

    /** What of the file's byte layout is worth keeping: its BOM and its line ending. */
    record Layout(boolean bom, String lineEnding) {
    }

    static Layout layout(Path input) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
            int[] first = new int[3];
            int position = 0;
            int previous = -1;
            String ending = "\r\n"; // a file of one line without an ending: RFC 4180's
            int b;
            while ((b = in.read()) != -1) {
                if (position < first.length) {
                    first[position] = b;
                }
                position++;
                if (b == '\n') {
                    ending = previous == '\r' ? "\r\n" : "\n";
                    break;
                }
                previous = b;
            }
            boolean bom = position >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF;
            return new Layout(bom, ending);
        }
    }
}
