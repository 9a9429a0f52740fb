package org.claimscreen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.measure.Measurements;
import org.claimscreen.store.InputFileRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a run's inputs one after another, CSV or FHIR, one item at a time. A bad row or resource
 * is thrown as a {@link StagedRejectException} for the skip policy to record; a file that breaks
 * part-way is recorded as failing from that line, and the next file is read. Restartable: the item
 * count, saved with each chunk, is fast-forwarded through the files without mapping anything.
 */
class ClaimFileItemReader extends AbstractItemCountingItemStreamItemReader<StagedItem> {

    private final List<InputFileRecord> inputs;
    private final InputReading reading;
    private final RunProgress progress;
    private final long totalBytes;
    private int current = -1;
    private ClaimSource source;
    private long bytesOfClosedFiles;
    /** Whether the last read found the end: that read counted as an item in the parent's count. */
    private boolean exhausted;

    ClaimFileItemReader(List<InputFileRecord> inputs, InputReading reading, RunProgress progress) {
        this.inputs = inputs.stream().filter(InputFileRecord::ok).toList();
        this.reading = reading;
        this.progress = progress;
        this.totalBytes = this.inputs.stream().mapToLong(InputFileRecord::sizeBytes).sum();
        setName("claimFileReader");
    }

    @Override
    protected void doOpen() {
        current = -1;
        source = null;
        bytesOfClosedFiles = 0;
        exhausted = false;
    }

    /** Saves the position with each chunk, and tells the progress line where reading is. */
    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        long bytes = bytesOfClosedFiles + (source == null ? 0 : source.bytesRead());
        progress.reading(getCurrentItemCount() - (exhausted ? 1 : 0), bytes, totalBytes);
    }

    @Override
    protected StagedItem doRead() {
        while (true) {
            if (source == null && !openNext()) {
                exhausted = true;
                return null;
            }
            StagedItem item = source.next();
            if (item != null) {
                Measurements.claimRead();
                return item;
            }
            closeCurrent();
        }
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        long remaining = itemIndex;
        while (remaining > 0) {
            if (source == null && !openNext()) {
                return;
            }
            if (source.skip()) {
                remaining--;
            } else {
                closeCurrent();
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
        InputFileRecord input = inputs.get(current);
        Path path = Path.of(input.path());
        try {
            source = InputFormats.open(input.format(), input.fileIndex(), path, reading);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private void closeCurrent() {
        if (source != null) {
            bytesOfClosedFiles += inputs.get(current).sizeBytes();
            try {
                source.close();
            } catch (RuntimeException ignored) {
                // closing a read-only file: nothing to lose
            }
            source = null;
        }
    }
}
