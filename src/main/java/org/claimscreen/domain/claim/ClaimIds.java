package org.claimscreen.domain.claim;

/**
 * What a claim id may be: it keys history, reports and the output files, so it must fit the
 * store's column and print on one line. A claim whose id does not is refused with its row: cutting
 * the id could make it another claim's.
 */
public final class ClaimIds {

    /** Characters of a claim id the store keeps. */
    public static final int MAX_LENGTH = 100;

    private ClaimIds() {
    }

    /** Why {@code id} cannot be a claim id, or null when it can. */
    public static String problem(String id) {
        // the store's limits first; then what the store could hold but no claim id should
        if (id != null && id.length() <= MAX_LENGTH && Excerpt.hasControlCharacters(id)) {
            return "claim id " + Excerpt.quoted(id) + " holds a control character";
        }
        return ClaimRow.idProblem("claim id", id, MAX_LENGTH);
    }

    /**
     * The claim id a reject or not-screened record may keep of {@code id}: cut to the store's
     * column, and none when it holds a control character (an excerpt in the reason says which).
     */
    public static String forRecord(String id) {
        return id == null || Excerpt.hasControlCharacters(id) ? null : Excerpt.capped(id, MAX_LENGTH);
    }
}
