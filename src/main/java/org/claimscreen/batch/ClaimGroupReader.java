package org.claimscreen.batch;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.claimscreen.store.ClaimStore;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's stored lines ordered by claim and hands out one claim's rows at a time, so that
 * claims whose lines were scattered over the file are whole again, in bounded memory.
 * Restartable by claim count: the cursor is reopened and already-screened claims are passed over.
 */
class ClaimGroupReader extends AbstractItemCountingItemStreamItemReader<List<StagedRow>> {

    private final DataSource dataSource;
    private final long runId;
    private JdbcCursorItemReader<StagedRow> cursor;
    private StagedRow peeked;

    private final RunProgress progress;
    private boolean exhausted;

    ClaimGroupReader(DataSource dataSource, long runId, RunProgress progress) {
        this.dataSource = dataSource;
        this.runId = runId;
        this.progress = progress;
        setName("claimGroupReader");
    }

    /** Saves the position with each chunk, and tells the progress line how many claims are done. */
    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        // the read that found the end counted as an item too
        progress.screening(getCurrentItemCount() - (exhausted ? 1 : 0));
    }

    @Override
    protected void doOpen() throws Exception {
        cursor = new JdbcCursorItemReaderBuilder<StagedRow>()
                .name("claimLineCursor")
                .dataSource(dataSource)
                .sql(ClaimStore.SCREENABLE_LINES_SQL)
                .queryArguments(runId)
                .rowMapper(ClaimStore.STAGED_ROW_MAPPER)
                .fetchSize(1000)
                .saveState(false)
                .build();
        cursor.open(new ExecutionContext());
        exhausted = false;
        peeked = cursor.read();
    }

    @Override
    protected List<StagedRow> doRead() throws Exception {
        if (peeked == null) {
            exhausted = true;
            return null;
        }
        List<StagedRow> claim = new ArrayList<>();
        StagedRow first = peeked;
        while (peeked != null && peeked.fileIndex() == first.fileIndex()
                && peeked.row().claimId().equals(first.row().claimId())) {
            claim.add(peeked);
            peeked = cursor.read();
        }
        return claim;
    }

    @Override
    protected void doClose() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        peeked = null;
    }
}
