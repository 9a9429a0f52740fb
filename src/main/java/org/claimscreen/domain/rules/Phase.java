package org.claimscreen.domain.rules;

/**
 * When a rule runs. Most rules judge the claim alone ({@link #CLAIM}); a few judge what those
 * found ({@link #FINDINGS}): ABN advice on lines denied for necessity, the patient's cost of lines
 * the patient pays for, NCCI advice that must not reach a line denied outright. The engine runs
 * every claim rule before any findings rule, so that dependency never rests on the pack's order.
 */
public enum Phase {

    /** Reads the claim, the reference data and history; never another rule's findings. */
    CLAIM,

    /** Reads the findings of the claim phase too (never those of another findings rule). */
    FINDINGS
}
