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
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Assembles a claim from its rows and runs the rule pack over it. */
class ScreeningProcessor implements ItemProcessor<List<StagedRow>, ClaimOutcome> {

    private final RuleEngine engine;
    private final LocalDate asOf;
    private final Map<Integer, Long> brokenInputs;
    private final JdbcHistory history;
    private final long runId;

    /** @param brokenInputs inputs that could not be read past a line: their claims may be incomplete */
    ScreeningProcessor(RuleEngine engine, LocalDate asOf, Map<Integer, Long> brokenInputs, JdbcHistory history,
            long runId) {
        this.engine = engine;
        this.asOf = asOf;
        this.brokenInputs = Map.copyOf(brokenInputs);
        this.history = history;
        this.runId = runId;
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
            return ClaimOutcome.screened(fileIndex,
                    engine.screen(ClaimAssembler.assemble(claimRows), asOf, history.forInput(runId, fileIndex)));
        } catch (ClaimAssembler.InconsistentClaimException e) {
            ClaimRow first = claimRows.get(0);
            return ClaimOutcome.rejected(fileIndex,
                    new Reject(first.sourceFile(), e.sourceLine(), first.claimId(), e.column(), e.getMessage()));
        }
    }
}
