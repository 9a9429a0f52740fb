package org.claimscreen.domain.rules;

import java.util.List;
import org.claimscreen.domain.claim.Claim;

/**
 * What the database knows about a member's other claims. Implementations see the claims of earlier
 * completed runs (except inputs this run screens again, whose old history it replaces) and the other
 * claims of the current run, so a count never depends on the order claims are screened in.
 */
public interface History {

    /** No earlier claims at all: for a first run, and for rules tested alone. */
    History NONE = claim -> List.of();

    /** The member's service lines on claims other than {@code claim}, in date-of-service order. */
    List<PriorService> otherServicesOf(Claim claim);

    /**
     * The id of the run being screened: a {@link PriorService} with this run id is another claim of
     * the same run, any other id an earlier run. 0 when there is no run (rules tested alone).
     */
    default long runId() {
        return 0L;
    }
}
