package org.claimscreen.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line as an export carries it: the line itself plus the claim-level fields that every row of
 * a flat export repeats. Rows are grouped into a {@link Claim} by {@link ClaimAssembler}.
 */
public record ClaimRow(
        String sourceFile,
        String claimId,
        MemberId memberId,
        LocalDate birthDate,
        PayerType payerType,
        String payerId,
        String planId,
        List<DiagnosisCode> diagnoses,
        ClaimLine line) {

    public ClaimRow {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(payerType, "payerType");
        Objects.requireNonNull(line, "line");
        diagnoses = List.copyOf(diagnoses);
    }
}
