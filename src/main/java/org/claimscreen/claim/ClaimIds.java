package org.claimscreen.claim;

/**
 * What a claim id may be: it keys history, reports and the output files, so it must fit the
 * store's column and print on one line. An id that does not is refused with its row, never cut.
 */
public final class ClaimIds {

    /** Characters of a claim id the store keeps. */
    public static final int MAX_LENGTH = 100;

    private ClaimIds() {
    }

    /** Why {@code id} cannot be a claim id, or null when it can. */
    public static String problem(String id) {
        return ClaimRow.idProblem("claim id", id, MAX_LENGTH);
    }
}
