package org.claimscreen.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscreen.screening.ScreenedClaim;
import org.claimscreen.store.ClaimStore;
import org.claimscreen.store.RejectStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of verdicts, their findings and any rejected claims in one transaction. */
class ScreeningWriter implements ItemWriter<ClaimOutcome> {

    private final ClaimStore claims;
    private final RejectStore rejects;
    private final long runId;

    ScreeningWriter(ClaimStore claims, RejectStore rejects, long runId) {
        this.claims = claims;
        this.rejects = rejects;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends ClaimOutcome> chunk) {
        Map<Integer, List<ScreenedClaim>> byFile = new LinkedHashMap<>();
        for (ClaimOutcome outcome : chunk) {
            if (outcome.screened() != null) {
                byFile.computeIfAbsent(outcome.fileIndex(), i -> new ArrayList<>()).add(outcome.screened());
            } else {
                rejects.insert(runId, outcome.fileIndex(), RejectStore.Kind.CLAIM, outcome.reject());
            }
        }
        byFile.forEach((fileIndex, screened) -> claims.insertScreened(runId, fileIndex, screened));
    }
}
