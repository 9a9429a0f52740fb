package org.claimscreen.domain.screening;

/** One row of rejects.csv. */
public record RejectRow(String file, long line, String claimId, String column, String reason) {
}
