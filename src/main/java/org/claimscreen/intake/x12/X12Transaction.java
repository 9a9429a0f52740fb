package org.claimscreen.intake.x12;

import java.util.List;
import org.claimscreen.domain.claim.Excerpt;

/**
 * What one 837P transaction (ST..SE) of a file came to, as a 999 acknowledgement would say it
 * (docs/x12-837p.md, "The 999-style summary"): its envelope's control numbers, where it stands, how
 * many of its claims were read, accepted for screening, rejected and not screened, the envelope
 * errors that break it (its own, its group's, its interchange's), the first reason a claim of it was
 * rejected, and its acknowledgement code. Holds no claim data: control numbers, counts and reasons.
 *
 * @param position         the transaction's place in its file, 1 for the first ST
 * @param isa13            the interchange control number of the ISA it is in
 * @param gs06             the group control number of the GS it is in
 * @param st02             its transaction set control number
 * @param st03             the implementation guide it names (005010X222A1), empty when not given
 * @param stSegment        its ST's segment number, counted over the file from the first ISA
 * @param seSegment        its SE's segment number; null when the file breaks before its SE
 * @param errors           what breaks it as a whole, each "segment N TAG: reason"; empty when nothing does
 * @param firstClaimError  the first rejected claim's reason; null when no claim of it was rejected
 */
public record X12Transaction(String file, int position, String isa13, String gs06, String st02, String st03,
        long stSegment, Long seSegment, long claimsRead, long claimsAccepted, long claimsRejected,
        long claimsNotScreened, List<String> errors, String firstClaimError) {

    /** Characters of a control number kept: an X12 control number has at most 9, a broken one anything. */
    static final int CONTROL_LENGTH = 35;

    /** Characters of the errors kept, joined, as of a reject's reason. */
    public static final int ERRORS_LENGTH = 2000;

    public X12Transaction {
        isa13 = control(isa13);
        gs06 = control(gs06);
        st02 = control(st02);
        st03 = control(st03);
        // one a line in the store: a reason that held a line break would read back as two
        errors = errors == null ? List.of() : errors.stream().map(e -> e.replaceAll("[\\r\\n]+", " ")).toList();
        firstClaimError = firstClaimError == null ? null : Excerpt.capped(firstClaimError, ERRORS_LENGTH);
    }

    private static String control(String value) {
        return value == null ? "" : Excerpt.capped(value.replaceAll("\\p{Cntrl}", "?"), CONTROL_LENGTH);
    }

    /**
     * The acknowledgement code, as a 999's IK501 gives it for a transaction set: {@code R} when the
     * transaction is rejected as a whole (an envelope error of its own, its group's or its
     * interchange's; a syntax error inside it; every claim of it rejected; a transaction the reader
     * cannot take that holds no claim), {@code E} when it is accepted but some claims were rejected,
     * else {@code A}.
     */
    public Code code() {
        if (!errors.isEmpty() || claimsRead > 0 && claimsRejected == claimsRead) {
            return Code.R;
        }
        return claimsRejected > 0 ? Code.E : Code.A;
    }

    /** The first thing wrong with the transaction: its first envelope error, else its first rejected claim's. */
    public String firstError() {
        return errors.isEmpty() ? firstClaimError : errors.get(0);
    }

    /** The errors as the store keeps them: one a line (a reason never holds a line break: Excerpt quotes them). */
    public String errorsText() {
        return errors.isEmpty() ? null : Excerpt.capped(String.join("\n", errors), ERRORS_LENGTH);
    }

    /** The errors as the store keeps them ({@link #errorsText()}), back into a list. */
    public static List<String> errorsOf(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** A 999's transaction set acknowledgement codes (IK501) claimscreen gives, with a plain label. */
    public enum Code {
        A("accepted"),
        E("accepted with errors"),
        R("rejected");

        private final String label;

        Code(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
