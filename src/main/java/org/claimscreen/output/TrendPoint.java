package org.claimscreen.output;

import java.time.LocalDate;
import org.claimscreen.domain.claim.Money;

/**
 * One completed run of a job as report.html's trend line draws it: its held claims and dollars at
 * risk. Built in {@code run} from the run records and handed in, so that {@code output} reads no
 * database and the page stays self-contained.
 *
 * @param asOf the run's claims-as-of date, null when the run had none
 */
public record TrendPoint(long runId, LocalDate asOf, long claimsHeld, Money amountAtRisk) {

    public TrendPoint {
        amountAtRisk = amountAtRisk == null ? Money.ZERO : amountAtRisk;
    }
}
