package org.claimscreen.output;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.domain.screening.RunChanges;

/** Object mother for the report writers' tests. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    static FindingRow massageFinding() {
        return new FindingRow(
                42L, "claims-2026-03.csv", "CLM-1001", 2, "*******MK73",
                LocalDate.of(2026, 3, 14), "97124", "GP", 2, Money.of("85.00"),
                "MCR-MASSAGE-STANDALONE", "DENY",
                "Massage billed without other therapy is not covered by Original Medicare.",
                "PR-204", "PATIENT", Money.of("85.00"), Money.of("85.00"),
                "Obtain an ABN and append GA, or collect self-pay.",
                "Medicare Benefit Policy Manual ch. 15 §240.1.3", "MEDICARE", "1234567893",
                "Massage billed without a covered therapy service", "MB", null, "Ana Lima, LMT", "HELD", true);
    }

    static FindingRow claimLevelFinding() {
        return new FindingRow(
                42L, "claims-2026-03.csv", "CLM-1002", null, "*******XY12",
                null, null, null, null, null,
                "MCR-PLAN-OF-CARE", "REVIEW", "No plan of care on file.", null, null,
                null, null, null, null, null, null, "MCR-PLAN-OF-CARE", null, null, null, "HELD", false);
    }

    static FindingRow withClaimIdAndMessage(String claimId, String message) {
        FindingRow f = massageFinding();
        return new FindingRow(f.runId(), f.sourceFile(), claimId, f.lineNumber(), f.member(),
                f.serviceDate(), f.procedureCode(), f.modifiers(), f.units(), f.chargeAmount(),
                f.ruleId(), f.severity(), message, f.denialCode(), f.liable(), f.amountAtRisk(),
                f.patientEstimate(), f.suggestion(), f.policy(), f.payerType(), f.renderingNpi(), f.ruleTitle(),
                f.payerId(), f.planId(), f.renderingName(), f.claimStatus(), f.countsTowardTotal());
    }

    static RunSummary summary() {
        return summaryWithInput("claims-2026-03.csv");
    }

    static RunSummary summaryWithInput(String fileName) {
        return new RunSummary(
                42L, "screen", "COMPLETED",
                Instant.parse("2026-03-20T09:15:00Z"), Instant.parse("2026-03-20T09:15:42Z"),
                LocalDate.of(2026, 3, 20), "medicare-therapy", "2026.1",
                List.of(new RunSummary.InputFile(fileName, "CSV",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 120, "OK", null)),
                100, 80, 15, 3, 2,
                120, 17, 4,
                Map.of("DENY", 10L, "REVIEW", 7L),
                Map.of("MCR-MASSAGE-STANDALONE", 10L, "MCR-PLAN-OF-CARE", 7L),
                Money.of("1234.50"),
                Map.of("MCR-MASSAGE-STANDALONE", Money.of("1234.50"), "MCR-PLAN-OF-CARE", Money.ZERO),
                Money.of("850.00"),
                new RunChanges(41L, 3, 1, Map.of("MCR-MASSAGE-STANDALONE", 3L), Map.of("MCR-PLAN-OF-CARE", 1L), 2));
    }

    static RejectRow reject() {
        return new RejectRow("claims-2026-03.csv", 17, "CLM-1009", "charge_amount", "'-85' is not a dollar amount");
    }

    /** {@code count} generated rows without holding them: an iterable that builds each on demand. */
    public static <T> Iterable<T> generated(long count, LongFunction<T> row) {
        return () -> new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row.apply(next++);
            }
        };
    }
}
