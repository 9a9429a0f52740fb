package org.claimscreen.claim;

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
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_LENGTH) {
            return "claim id " + Excerpt.quoted(id) + " is longer than " + MAX_LENGTH + " characters";
        }
        if (Excerpt.hasControlCharacters(id)) {
            return "claim id " + Excerpt.quoted(id) + " holds a control character";
        }
        return null;
    }
}
