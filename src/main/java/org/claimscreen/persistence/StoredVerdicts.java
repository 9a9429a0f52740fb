package org.claimscreen.persistence;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.claimscreen.domain.screening.Verdicts;

/**
 * The verdicts on one input's records from what the run stored, in bounded memory: a merge-join in
 * file order of the records the splitter reads with the input's stored lines of screened claims
 * ({@code service_line} joined with {@code screened_claim}, ordered by {@code source_line}), read
 * through a cursor that holds one row at a time. A record at a stored line of its own claim takes
 * that claim's status; lines of rejected claims are not in the join, so their records get none.
 *
 * <p>A record with no stored line (a bad row, a header, a row a mapping's {@code screen-only}
 * left out) still takes its claim's status by id, as the split always did: only a claim with both
 * out-of-scope and screened rows has one, so the claim is looked up by id only when the input has
 * such a claim, one query per claim run. Likewise a record whose stored line names another claim
 * (never, while the splitter reads ids as the reader does). The Claims of a whole FHIR file have no
 * stored line and are asked {@link #ofClaim}: that loads the input's statuses by claim id, which
 * is bounded by the 256 MB a FHIR file read whole may have.
 *
 * <p>Open it inside a transaction and close it: PostgreSQL streams the cursor only with
 * autocommit off (the report step's transaction) and a fetch size.
 */
public final class StoredVerdicts implements Verdicts, AutoCloseable {

    /** One line of a screened claim: where it stands in its input, and the claim's verdict. */
    public record Line(long sourceLine, String claimId, String status) {
    }

    private final Stream<Line> stream;
    private final Iterator<Line> lines;
    private final Lookup lookup;
    private final boolean mixedClaims;
    private Line current;
    private long lastPosition = Long.MIN_VALUE;
    private String lastClaim;
    private String lastStatus;
    private Map<String, String> byClaimId;

    /** Looks a claim's status up by id, and loads all of them for {@link #ofClaim}. */
    interface Lookup {
        String status(String claimId);

        Map<String, String> all();
    }

    /**
     * @param lines       the input's stored lines of screened claims, by source line
     * @param mixedClaims whether some claim of the input has rows both screened and out of scope
     */
    StoredVerdicts(Stream<Line> lines, boolean mixedClaims, Lookup lookup) {
        this.stream = lines;
        this.lines = lines.iterator();
        this.mixedClaims = mixedClaims;
        this.lookup = lookup;
        this.current = this.lines.hasNext() ? this.lines.next() : null;
    }

    @Override
    public String at(long position, String claimId) {
        if (position <= lastPosition) {
            throw new IllegalArgumentException("record at " + position + " asked after " + lastPosition);
        }
        lastPosition = position;
        while (current != null && current.sourceLine() < position) {
            advance();
        }
        boolean stored = false;
        String status = null;
        while (current != null && current.sourceLine() == position) {
            stored = true;
            if (current.claimId().equals(claimId)) {
                status = current.status();
            }
            advance();
        }
        if (claimId == null || status != null) {
            return status;
        }
        return stored || mixedClaims ? byId(claimId) : null;
    }

    @Override
    public String ofClaim(String claimId) {
        if (claimId == null) {
            return null;
        }
        if (byClaimId == null) {
            byClaimId = lookup.all();
        }
        return byClaimId.get(claimId);
    }

    /** The claim's status by id; rows of a claim mostly follow each other, so the last one is kept. */
    private String byId(String claimId) {
        if (!Objects.equals(claimId, lastClaim)) {
            lastClaim = claimId;
            lastStatus = lookup.status(claimId);
        }
        return lastStatus;
    }

    private void advance() {
        current = lines.hasNext() ? lines.next() : null;
    }

    @Override
    public void close() {
        stream.close();
    }
}
