package org.claimscreen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.measure.Measurements;
import org.claimscreen.store.InputFileRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a run's inputs one after another, CSV or FHIR, one item at a time. A bad row or resource
 * is thrown as a {@link StagedRejectException} for the skip policy to record; a file that breaks
 * part-way is recorded as failing from that line, and the next file is read. Restartable: the item
 * count, saved with each chunk, is fast-forwarded through the files without mapping anything.
 */
class ClaimFileItemReader extends AbstractItemCountingItemStreamItemReader<StagedItem> {

    private final List<InputFileRecord> inputs;
    private int current = -1;
    private ClaimSource source;

    ClaimFileItemReader(List<InputFileRecord> inputs) {
        this.inputs = inputs.stream().filter(InputFileRecord::ok).toList();
        setName("claimFileReader");
    }

    @Override
    protected void doOpen() {
        current = -1;
        source = null;
    }

    @Override
    protected StagedItem doRead() {
        while (true) {
            if (source == null && !openNext()) {
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
            source = InputFormats.open(input.format(), input.fileIndex(), path);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private void closeCurrent() {
        if (source != null) {
            try {
                source.close();
            } catch (RuntimeException ignored) {
                // closing a read-only file: nothing to lose
            }
            source = null;
        }
    }
}
