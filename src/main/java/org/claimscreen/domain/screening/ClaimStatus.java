package org.claimscreen.domain.screening;

/** Where a claim of the input ends up. The four add up to every claim read. */
public enum ClaimStatus {
    /** Screened, no DENY or REVIEW finding: ready to submit. */
    CLEAN,
    /** Screened, at least one DENY or REVIEW finding: work it before submitting. */
    HELD,
    /** A line could not be read, so the claim was not screened at all. */
    REJECTED,
    /** Read but outside the rules' scope (e.g. not a professional claim). */
    NOT_SCREENED
}
