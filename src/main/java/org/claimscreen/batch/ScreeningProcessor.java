package org.claimscreen.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.claim.ClaimAssembler;
import org.claimscreen.claim.ClaimRow;
import org.claimscreen.ingest.Reject;
import org.claimscreen.rules.RuleEngine;
import org.claimscreen.store.StagedRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Assembles a claim from its rows and runs the rule pack over it. */
class ScreeningProcessor implements ItemProcessor<List<StagedRow>, ClaimOutcome> {

    private final RuleEngine engine;
    private final LocalDate asOf;

    ScreeningProcessor(RuleEngine engine, LocalDate asOf) {
        this.engine = engine;
        this.asOf = asOf;
    }

    @Override
    public ClaimOutcome process(List<StagedRow> rows) {
        int fileIndex = rows.get(0).fileIndex();
        List<ClaimRow> claimRows = new ArrayList<>(rows.size());
        rows.forEach(staged -> claimRows.add(staged.row()));
        try {
            return ClaimOutcome.screened(fileIndex, engine.screen(ClaimAssembler.assemble(claimRows), asOf));
        } catch (ClaimAssembler.InconsistentClaimException e) {
            ClaimRow first = claimRows.get(0);
            return ClaimOutcome.rejected(fileIndex,
                    new Reject(first.sourceFile(), e.sourceLine(), first.claimId(), e.column(), e.getMessage()));
        }
    }
}
