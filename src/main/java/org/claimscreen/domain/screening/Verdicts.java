package org.claimscreen.domain.screening;

import java.util.Map;

/**
 * Where each record of one input goes: {@code CLEAN}, {@code HELD}, or null for neither (a claim
 * rejected, not screened, or a record that is no claim's). A record's verdict is its claim's, by
 * claim id, as it always was; what changes between implementations is only what they hold in
 * memory to say so.
 *
 * <p>A splitter asks {@link #at} for every record whose position the reader stored (a CSV record's
 * first physical line, an NDJSON line), in increasing position order, so an implementation can walk
 * the stored lines of the input in file order beside the splitter and hold one of them at a time.
 * Records without a stored position (the Claims of a whole FHIR Bundle or single-resource file,
 * which the reader numbers by entry) are asked {@link #ofClaim} by claim id.
 */
public interface Verdicts {

    /**
     * The verdict on the record at {@code position}, whose claim id (as the reader reads it) is
     * {@code claimId}. Positions must be asked in strictly increasing order.
     */
    String at(long position, String claimId);

    /** The verdict on a claim by id alone, for records without a stored position. */
    String ofClaim(String claimId);

    /** Verdicts from a map of claim id to status: a whole input's claims in memory, for small inputs and tests. */
    static Verdicts byClaimId(Map<String, String> statuses) {
        return new Verdicts() {
            @Override
            public String at(long position, String claimId) {
                return ofClaim(claimId);
            }

            @Override
            public String ofClaim(String claimId) {
                return claimId == null ? null : statuses.get(claimId);
            }
        };
    }
}
