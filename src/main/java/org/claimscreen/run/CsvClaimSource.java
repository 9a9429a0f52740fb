package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.csv.ClaimCsvReader;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.CsvFileException;
import org.claimscreen.persistence.RejectStore;

/**
 * A claim CSV file, canonical or mapped: one item per row. A row its mapping puts out of scope is
 * an {@link StagedItem.Unscreened} item for its claim's first row and an empty item for the others,
 * so that every row is still one item (the restart position counts items).
 */
final class CsvClaimSource implements ClaimSource {

    private final int fileIndex;
    private final String name;
    private final ClaimCsvReader reader;
    private boolean broken;

    CsvClaimSource(int fileIndex, Path file, ColumnMapping mapping, ReferenceData reference) throws IOException {
        this.fileIndex = fileIndex;
        this.name = file.getFileName().toString();
        this.reader = ClaimCsvReader.open(file, mapping, reference);
    }

    @Override
    public StagedItem next() {
        if (broken) {
            return null;
        }
        try {
            if (!reader.hasNext()) {
                return null;
            }
            ClaimCsvReader.Result result = reader.next();
            if (result instanceof ClaimCsvReader.Result.Row row) {
                return new StagedItem.Rows(fileIndex, List.of(row.row()));
            }
            if (result instanceof ClaimCsvReader.Result.NotScreened out) {
                return out.firstOfClaim()
                        ? new StagedItem.Unscreened(fileIndex, out.file(), out.sourceLine(), out.claimId(), out.reason())
                        : new StagedItem.Rows(fileIndex, List.of());
            }
            Reject reject = ((ClaimCsvReader.Result.Rejected) result).reject();
            throw new StagedRejectException(fileIndex, RejectStore.Kind.ROW, reject);
        } catch (CsvFileException e) {
            // The file cannot be parsed past this point: say where, keep what was read, go on.
            broken = true;
            throw new StagedRejectException(fileIndex, RejectStore.Kind.FILE,
                    new Reject(name, e.line(), null, null, "the rest of the file cannot be read: " + e.reason()));
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
    public boolean skip() {
        if (broken) {
            return false;
        }
        try {
            long before = reader.recordsRead();
            reader.skipRecords(1);
            return reader.recordsRead() > before;
        } catch (CsvFileException e) {
            // the read that found the break counted as one item when it was first made
            broken = true;
            return true;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
