package org.claimscreen.store;

import org.claimscreen.claim.ClaimRow;

/** A row read from input number {@code fileIndex} of a run, on its way to the claim_line table. */
public record StagedRow(int fileIndex, ClaimRow row) {
}
