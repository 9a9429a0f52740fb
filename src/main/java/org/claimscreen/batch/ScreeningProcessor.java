package org.claimscreen.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscreen.claim.ClaimAssembler;
import org.claimscreen.claim.ClaimRow;
import org.claimscreen.ingest.Reject;
import org.claimscreen.rules.RuleEngine;
import org.claimscreen.store.JdbcHistory;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Assembles a claim from its rows and runs the rule pack over it.
 *
 * <p>Before a chunk is processed (after it is read, inside its transaction) the history of all its
 * claims' members is read with one query; each claim's history is then filtered from it. It is
 * read at the same moment the per-claim queries used to run (after the previous chunk committed,
 * before this chunk writes), so every claim sees the same history as before.
 */
class ScreeningProcessor implements ItemProcessor<List<StagedRow>, ClaimOutcome>,
        ChunkListener<List<StagedRow>, ClaimOutcome> {

    private final RuleEngine engine;
    private final LocalDate asOf;
    private final Map<Integer, Long> brokenInputs;
    private final JdbcHistory history;
    private final long runId;
    private Chunk<?> prefetchedFor;
    private JdbcHistory.Members members;

    /** @param brokenInputs inputs that could not be read past a line: their claims may be incomplete */
    ScreeningProcessor(RuleEngine engine, LocalDate asOf, Map<Integer, Long> brokenInputs, JdbcHistory history,
            long runId) {
        this.engine = engine;
        this.asOf = asOf;
        this.brokenInputs = Map.copyOf(brokenInputs);
        this.history = history;
        this.runId = runId;
    }

    /** Reads the chunk's history once (the step may announce the same chunk more than once). */
    @Override
    public void beforeChunk(Chunk<List<StagedRow>> chunk) {
        if (chunk == prefetchedFor) {
            return;
        }
        List<String> memberIds = new ArrayList<>();
        for (Object item : chunk) {
            if (item instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof StagedRow first
                    && !brokenInputs.containsKey(first.fileIndex())) {
                memberIds.add(first.row().memberId().value());
            }
        }
        prefetchedFor = chunk;
        members = history.forMembers(runId, memberIds);
    }

    @Override
    public void afterChunk(Chunk<ClaimOutcome> chunk) {
        prefetchedFor = null;
        members = null;
    }

    @Override
    public void onChunkError(Exception exception, Chunk<ClaimOutcome> chunk) {
        afterChunk(chunk);
    }

    @Override
    public ClaimOutcome process(List<StagedRow> rows) {
        int fileIndex = rows.get(0).fileIndex();
        List<ClaimRow> claimRows = new ArrayList<>(rows.size());
        rows.forEach(staged -> claimRows.add(staged.row()));
        Long brokenAt = brokenInputs.get(fileIndex);
        if (brokenAt != null) {
            // Never pass as clean a claim whose other lines may stand in the unreadable rest of the file.
            ClaimRow first = claimRows.get(0);
            return ClaimOutcome.rejected(fileIndex, new Reject(first.sourceFile(), first.line().sourceLine(),
                    first.claimId(), null, "the file cannot be read past line " + brokenAt
                            + ", so this claim may be missing lines; fix the file and screen it again"));
        }
        try {
            return ClaimOutcome.screened(fileIndex, engine.screen(ClaimAssembler.assemble(claimRows), asOf,
                    members != null ? members.forInput(fileIndex) : history.forInput(runId, fileIndex)));
        } catch (ClaimAssembler.InconsistentClaimException e) {
            ClaimRow first = claimRows.get(0);
            return ClaimOutcome.rejected(fileIndex,
                    new Reject(first.sourceFile(), e.sourceLine(), first.claimId(), e.column(), e.getMessage()));
        }
    }
}
