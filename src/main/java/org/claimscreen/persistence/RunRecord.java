package org.claimscreen.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A run as stored in screening_run. Counts are null until the run wrote its reports. */
public record RunRecord(
        long runId, String jobName, String status, LocalDate asOf, String outDir, String rulePack,
        LocalDateTime startedAt, LocalDateTime finishedAt, Long claimsRead, Long claimsClean, Long claimsHeld,
        Long claimsRejected, Long claimsNotScreened, Long findings, Long amountAtRiskCents,
        Long patientEstimateCents) {
}
