package org.claimscreen.batch;

import java.util.ArrayList;
import java.util.List;
import org.claimscreen.claim.ClaimRow;
import org.claimscreen.store.ClaimStore;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of read items: claim lines in one batch, out-of-scope resources and the claims an
 * input replaces or voids beside them (in the chunk's transaction, so a restart stores them once).
 */
class StagedItemWriter implements ItemWriter<StagedItem> {

    private final ClaimStore claims;
    private final long runId;

    StagedItemWriter(ClaimStore claims, long runId) {
        this.claims = claims;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends StagedItem> chunk) {
        List<StagedRow> rows = new ArrayList<>(chunk.size());
        for (StagedItem item : chunk) {
            if (item instanceof StagedItem.Rows lines) {
                for (ClaimRow row : lines.rows()) {
                    rows.add(new StagedRow(lines.fileIndex(), row));
                }
                if (!lines.replaces().isEmpty()) {
                    claims.insertReplacements(runId, lines.fileIndex(), lines.rows().get(0).claimId(),
                            lines.replaces(), ClaimStore.Replacement.REPLACE);
                }
            } else if (item instanceof StagedItem.Unscreened unscreened) {
                claims.insertUnscreened(runId, unscreened.fileIndex(), unscreened.line(), unscreened.claimId(),
                        unscreened.reason());
                if (!unscreened.voids().isEmpty() && unscreened.claimId() != null) {
                    claims.insertReplacements(runId, unscreened.fileIndex(), unscreened.claimId(), unscreened.voids(),
                            ClaimStore.Replacement.VOID);
                }
            }
        }
        claims.insertLines(runId, rows);
    }
}
