package org.claimscreen.intake.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.Reject;

/**
 * Claim CSV files, in the canonical layout or through a column mapping: one row per claim line, a
 * claim's rows anywhere in the file (they meet in the claim's partition), written back as CSV in
 * the file's own layout.
 */
public final class CsvClaimFormat implements ClaimFormat {

    public static final String NAME = "CSV";

    /** Besides .csv, what a mapped export's tables are called. */
    private static final List<String> MAPPED_TABLE_SUFFIXES = List.of(".txt", ".tsv", ".psv");

    private final ColumnMapping mapping;
    private final ReferenceData reference;

    /** @param reference the roster, when {@code mapping} takes the rendering taxonomy from it; else null */
    public CsvClaimFormat(ColumnMapping mapping, ReferenceData reference) {
        this.mapping = mapping;
        this.reference = reference;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesName(String lowerCaseName) {
        return lowerCaseName.endsWith(".csv")
                || mapping != ColumnMapping.NONE && MAPPED_TABLE_SUFFIXES.stream().anyMatch(lowerCaseName::endsWith);
    }

    /**
     * A table whose header names either identifying column as a whole cell is a claim file: one
     * that lacks the other is then refused by the reader, naming the missing column, rather than
     * passed over here as if it were not meant as claims.
     */
    @Override
    public String whyNotClaims(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            Set<String> cells = new HashSet<>();
            if (header != null) {
                for (String cell : header.split(Pattern.quote(String.valueOf(mapping.delimiter())), -1)) {
                    // as the reader normalises header names; a byte-order mark may lead the first
                    cells.add(cell.replace("\"", "").replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
                }
            }
            return header != null && mapping.identifyingHeaders().stream().anyMatch(cells::contains) ? null
                    : "its header names neither " + String.join(" nor ", mapping.identifyingHeaders());
        } catch (IOException | RuntimeException e) {
            // Unreadable here means unreadable later too: take it, so the run reports it as a failed file.
            return null;
        }
    }

    @Override
    public ClaimReader open(Path file) throws IOException {
        return new Reader(file.getFileName().toString(), ClaimCsvReader.open(file, mapping, reference));
    }

    @Override
    public ClaimSplitter splitter() {
        return new CsvClaimSplitter(mapping);
    }

    /**
     * One record per row. A row its mapping puts out of scope is an {@link ClaimRecord.Unscreened}
     * record for its claim's first row; its claim's other rows are passed over.
     */
    private static final class Reader implements ClaimReader {

        private final String name;
        private final ClaimCsvReader reader;
        private boolean broken;

        Reader(String name, ClaimCsvReader reader) {
            this.name = name;
            this.reader = reader;
        }

        @Override
        public ClaimRecord next() {
            try {
                while (!broken && reader.hasNext()) {
                    ClaimCsvReader.Result result = reader.next();
                    if (result instanceof ClaimCsvReader.Result.Row row) {
                        return new ClaimRecord.Rows(List.of(row.row()));
                    }
                    if (result instanceof ClaimCsvReader.Result.NotScreened out) {
                        if (out.firstOfClaim()) {
                            return new ClaimRecord.Unscreened(out.file(), out.sourceLine(), out.claimId(),
                                    out.reason());
                        }
                        continue;
                    }
                    throw new RecordRejectedException(((ClaimCsvReader.Result.Rejected) result).reject(), false);
                }
                return null;
            } catch (CsvFileException e) {
                // The file cannot be parsed past this point: say where, keep what was read, go on.
                broken = true;
                throw new RecordRejectedException(
                        new Reject(name, e.line(), null, null, "the rest of the file cannot be read: " + e.reason()),
                        true);
            }
        }

        @Override
        public List<String> notes() {
            return reader.ignoredColumnsNote().stream().toList();
        }

        @Override
        public long bytesRead() {
            return reader.bytesRead();
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
