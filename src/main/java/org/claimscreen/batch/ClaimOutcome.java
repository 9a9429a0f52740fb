package org.claimscreen.batch;

import org.claimscreen.ingest.Reject;
import org.claimscreen.screening.ScreenedClaim;

/** What screening made of one claim: a verdict with findings, or a reject when its rows disagree. */
record ClaimOutcome(int fileIndex, ScreenedClaim screened, Reject reject) {

    static ClaimOutcome screened(int fileIndex, ScreenedClaim screened) {
        return new ClaimOutcome(fileIndex, screened, null);
    }

    static ClaimOutcome rejected(int fileIndex, Reject reject) {
        return new ClaimOutcome(fileIndex, null, reject);
    }
}
