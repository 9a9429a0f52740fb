package org.claimscreen.output;

import java.time.LocalDate;
import org.claimscreen.domain.claim.Money;

/**
 * One row of findings.csv / findings.json, as stored: the member id is already masked.
 *
 * @param lineNumber null for a claim-level finding
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
        String renderingNpi) {
}
