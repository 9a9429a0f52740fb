package org.claimscreen.intake;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.Excerpt;

/**
 * What a {@link ClaimReader} reads from one record of an input, in the domain's terms: the lines of a
 * claim whose other lines may stand anywhere in the file (a row of a flat export), a whole claim (a
 * FHIR {@code Claim}), or a claim read but out of scope. A record that cannot be read is a
 * {@link RecordRejectedException} instead.
 */
public sealed interface ClaimRecord {

    /**
     * The lines one record of a flat export holds (a CSV row: one line with the claim-level fields
     * it repeats). The claim comes together in its partition, where all of its member's rows meet.
     */
    record Rows(List<ClaimRow> rows) implements ClaimRecord {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A claim read whole from one record, with the claim ids it says it replaces: their earlier
     * versions leave the member's history.
     *
     * @param line the record's position in its file (the NDJSON line, the Bundle entry + 1)
     */
    record Whole(Claim claim, long line, List<String> replaces) implements ClaimRecord {
        public Whole {
            replaces = List.copyOf(replaces);
        }
    }

    /**
     * A claim that was read but is not one to screen, and why, with the claim ids it withdraws (a
     * cancelled claim withdraws itself).
     */
    record Unscreened(String file, long line, String claimId, String reason, List<String> voids)
            implements ClaimRecord {
        public Unscreened {
            // a resource outside the rules' scope may carry anything: keep what the store can hold
            claimId = ClaimIds.forRecord(claimId);
            reason = Excerpt.capped(reason, Reject.REASON_LENGTH);
            voids = List.copyOf(voids);
        }

        public Unscreened(String file, long line, String claimId, String reason) {
            this(file, line, claimId, reason, List.of());
        }
    }
}
