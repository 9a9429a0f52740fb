package org.claimscreen.domain.claim;

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
        ClaimLine line,
        ReportedDate initialTreatment) {

    /** A row from a source that carries no initial treatment date. */
    public ClaimRow(String sourceFile, String claimId, MemberId memberId, LocalDate birthDate, PayerType payerType,
            String payerId, String planId, List<DiagnosisCode> diagnoses, ClaimLine line) {
        this(sourceFile, claimId, memberId, birthDate, payerType, payerId, planId, diagnoses, line,
                ReportedDate.NOT_CARRIED);
    }

    public ClaimRow {
        if (initialTreatment == null) {
            initialTreatment = ReportedDate.NOT_CARRIED;
        }
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(payerType, "payerType");
        Objects.requireNonNull(line, "line");
        require(idProblem("claim id", claimId, ClaimIds.MAX_LENGTH));
        require(idProblem("payer id", payerId, ID_LENGTH));
        require(idProblem("plan id", planId, ID_LENGTH));
        diagnoses = List.copyOf(diagnoses);
    }

    /** This row with another line (filled from documentation, say), the claim's fields kept. */
    public ClaimRow withLine(ClaimLine otherLine) {
        return new ClaimRow(sourceFile, claimId, memberId, birthDate, payerType, payerId, planId, diagnoses, otherLine,
                initialTreatment);
    }

    /** This row with another initial treatment date. */
    public ClaimRow withInitialTreatment(ReportedDate date) {
        return new ClaimRow(sourceFile, claimId, memberId, birthDate, payerType, payerId, planId, diagnoses, line, date);
    }

    /** Characters of a payer or plan id the store keeps. */
    public static final int ID_LENGTH = 64;

    /**
     * Why {@code value} cannot be stored as a claim, payer or plan id ({@code what}), or null when it can: readers
     * ask first, to reject the row with its column named. Tabs and line breaks are stored as they
     * are; a NUL cannot be (PostgreSQL text refuses it).
     */
    public static String idProblem(String what, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return what + " " + Excerpt.quoted(value) + " is longer than " + maxLength + " characters";
        }
        if (value.indexOf('\0') >= 0) {
            return what + " " + Excerpt.quoted(value) + " holds a NUL character";
        }
        return null;
    }

    private static void require(String problem) {
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }
}
