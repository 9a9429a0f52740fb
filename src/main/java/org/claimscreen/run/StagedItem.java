package org.claimscreen.run;

import java.util.List;
import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.intake.Reject;

/** What the read step takes from an input: claim rows to store, or a claim read but out of scope. */
sealed interface StagedItem {

    int fileIndex();

    /** One CSV row, or every item of one FHIR Claim, with the claim ids the claim says it replaces. */
    record Rows(int fileIndex, List<ClaimRow> rows, List<String> replaces) implements StagedItem {
        public Rows {
            rows = List.copyOf(rows);
            replaces = List.copyOf(replaces);
        }

        Rows(int fileIndex, List<ClaimRow> rows) {
            this(fileIndex, rows, List.of());
        }
    }

    /**
     * A resource that was read but is not a professional claim to screen, and why, with the claim
     * ids it withdraws (a cancelled claim).
     */
    record Unscreened(int fileIndex, String file, long line, String claimId, String reason, List<String> voids)
            implements StagedItem {
        public Unscreened {
            // a resource outside the rules' scope may carry anything: keep what the store can hold
            claimId = ClaimIds.forRecord(claimId);
            reason = Excerpt.capped(reason, Reject.REASON_LENGTH);
            voids = List.copyOf(voids);
        }

        Unscreened(int fileIndex, String file, long line, String claimId, String reason) {
            this(fileIndex, file, line, claimId, reason, List.of());
        }
    }
}
