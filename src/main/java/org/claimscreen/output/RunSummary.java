package org.claimscreen.output;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RunChanges;

/**
 * Everything summary.json says about a run (outputs.md). claimsClean + claimsHeld +
 * claimsRejected + claimsNotScreened = claimsRead.
 * {@code changesSincePreviousRun} is {@link RunChanges#FIRST_RUN} when there is nothing to compare with.
 */
public record RunSummary(
        long runId,
        String job,
        String status,
        Instant startedAt,
        Instant finishedAt,
        LocalDate asOf,
        String rulePackId,
        String rulePackVersion,
        List<InputFile> inputs,
        long claimsRead,
        long claimsClean,
        long claimsHeld,
        long claimsRejected,
        long claimsNotScreened,
        long linesRead,
        long linesFlagged,
        long rejects,
        Map<String, Long> findingsBySeverity,
        Map<String, Long> findingsByRule,
        Money amountAtRisk,
        Map<String, Money> amountAtRiskByRule,
        Money patientEstimateTotal,
        RunChanges changesSincePreviousRun) {

    public RunSummary {
        changesSincePreviousRun = changesSincePreviousRun == null ? RunChanges.FIRST_RUN : changesSincePreviousRun;
    }

    /** One input of the run; {@code status} is OK or FAILED, with {@code problem} saying why. */
    public record InputFile(String file, String format, String sha256, long lines, String status, String problem) {
    }
}
