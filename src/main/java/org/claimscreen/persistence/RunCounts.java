package org.claimscreen.persistence;

/** The headline counts of a run, as computed from the stored claims, findings and rejects. */
public record RunCounts(
        long claimsRead, long claimsClean, long claimsHeld, long claimsRejected, long claimsNotScreened,
        long linesRead, long linesFlagged, long rejects, long findings, long amountAtRiskCents,
        long patientEstimateCents) {
}
