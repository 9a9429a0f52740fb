package org.claimscreen.batch;

import java.util.List;
import org.claimscreen.claim.ClaimRow;

/** What the read step takes from an input: claim rows to store, or a claim read but out of scope. */
sealed interface StagedItem {

    int fileIndex();

    /** One CSV row, or every item of one FHIR Claim. */
    record Rows(int fileIndex, List<ClaimRow> rows) implements StagedItem {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /** A resource that was read but is not a professional claim to screen, and why. */
    record Unscreened(int fileIndex, String file, long line, String claimId, String reason) implements StagedItem {
    }
}
