package org.claimscreen.output;

import java.time.LocalDate;
import org.claimscreen.domain.claim.Money;

/**
 * One row of findings.csv / findings.json, as stored: the member id is already masked.
 *
 * @param lineNumber         null for a claim-level finding
 * @param ruleTitle          the rule's short title from the pack (its id when the pack gives none)
 * @param renderingName      the rendering provider's name from the roster, null when not in it
 * @param claimStatus        the claim's verdict in this run, HELD or CLEAN
 * @param countsTowardTotal  true on exactly one finding per flagged line: the one whose dollars
 *                           every total counts ({@code ScreenedClaim.countedFindings})
 */
public record FindingRow(
        long runId,
        String sourceFile,
        String claimId,
        Integer lineNumber,
        String member,
        LocalDate serviceDate,
        String procedureCode,
        String modifiers,
        Integer units,
        Money chargeAmount,
        String ruleId,
        String severity,
        String message,
        String denialCode,
        String liable,
        Money amountAtRisk,
        Money patientEstimate,
        String suggestion,
        String policy,
        String payerType,
        String renderingNpi,
        String ruleTitle,
        String payerId,
        String planId,
        String renderingName,
        String claimStatus,
        boolean countsTowardTotal) {
}
