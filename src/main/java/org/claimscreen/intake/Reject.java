package org.claimscreen.intake;

import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.Excerpt;

/**
 * Something of the input that could not be screened, said so that whoever fixes the export can
 * find it: file, line in the file (0 when the whole file is meant), claim id when known, column.
 * Each part is capped to what the store keeps, so that no input, however long its cells, can
 * make recording its reject fail the run.
 */
public record Reject(String file, long line, String claimId, String column, String reason) {

    /** Characters of a reason the store keeps. */
    public static final int REASON_LENGTH = 2000;

    public Reject {
        file = Excerpt.capped(file, 500);
        claimId = ClaimIds.forRecord(claimId);
        column = Excerpt.capped(column, 100);
        reason = Excerpt.capped(reason, REASON_LENGTH);
    }
}
