package org.claimscreen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.ingest.Reject;
import org.claimscreen.ingest.csv.ClaimCsvReader;
import org.claimscreen.ingest.csv.CsvFileException;
import org.claimscreen.store.InputFileRecord;
import org.claimscreen.store.RejectStore;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the rows of a run's claim CSV files one after another. A bad row is thrown as a
 * {@link StagedRejectException} for the skip policy to record; a file that breaks part-way (an
 * unterminated quote) is recorded as failing from that line, and the next file is read.
 * Restartable: the item count, saved with each chunk, is fast-forwarded through the files.
 */
class ClaimCsvItemReader extends AbstractItemCountingItemStreamItemReader<StagedRow> {

    private final List<InputFileRecord> inputs;
    private int current = -1;
    private ClaimCsvReader reader;

    ClaimCsvItemReader(List<InputFileRecord> inputs) {
        this.inputs = inputs.stream().filter(InputFileRecord::ok).toList();
        setName("claimCsvReader");
    }

    @Override
    protected void doOpen() {
        current = -1;
        reader = null;
    }

    @Override
    protected StagedRow doRead() {
        while (true) {
            if (reader == null && !openNext()) {
                return null;
            }
            InputFileRecord input = inputs.get(current);
            try {
                if (!reader.hasNext()) {
                    closeCurrent();
                    continue;
                }
                ClaimCsvReader.Result result = reader.next();
                if (result instanceof ClaimCsvReader.Result.Row row) {
                    return new StagedRow(input.fileIndex(), row.row());
                }
                Reject reject = ((ClaimCsvReader.Result.Rejected) result).reject();
                throw new StagedRejectException(input.fileIndex(), RejectStore.Kind.ROW, reject);
            } catch (StagedRejectException e) {
                throw e;
            } catch (CsvFileException e) {
                // The file cannot be parsed past this point: say where, keep what was read, go on.
                closeCurrent();
                throw new StagedRejectException(input.fileIndex(), RejectStore.Kind.FILE, new Reject(input.name(),
                        e.line(), null, null, "the rest of the file cannot be read: " + e.reason()));
            }
        }
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // Record by record, so a file that broke part-way counts exactly as it did when first read.
        long remaining = itemIndex;
        while (remaining > 0) {
            if (reader == null && !openNext()) {
                return;
            }
            try {
                long before = reader.recordsRead();
                reader.skipRecords(1);
                if (reader.recordsRead() > before) {
                    remaining--;
                } else {
                    closeCurrent();
                }
            } catch (RuntimeException brokenFile) {
                closeCurrent();
                remaining--;
            }
        }
    }

    @Override
    protected void doClose() {
        closeCurrent();
        current = inputs.size();
    }

    private boolean openNext() {
        current++;
        if (current >= inputs.size()) {
            return false;
        }
        Path path = Path.of(inputs.get(current).path());
        try {
            reader = ClaimCsvReader.open(path);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private void closeCurrent() {
        if (reader != null) {
            try {
                reader.close();
            } catch (Exception ignored) {
                // closing a read-only file: nothing to lose
            }
            reader = null;
        }
    }
}
