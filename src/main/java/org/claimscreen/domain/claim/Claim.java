package org.claimscreen.domain.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A professional claim with all of its lines: rules judge a line in the context of the whole
 * claim (is the massage standalone, or is there a covered therapy service the same day?).
 *
 * @param sourceFile  the input file name, for reports
 * @param planId      Medicare Advantage contract-plan id (H1234-001), else null
 * @param diagnoses   the claim's ICD-10-CM codes in pointer order
 * @param initialTreatment the first day of the current course of chiropractic treatment (837P 2300
 *                    DTP*454, CMS-1500 item 14 for Medicare), where the source carries it
 */
public record Claim(
        String claimId,
        String sourceFile,
        MemberId memberId,
        LocalDate birthDate,
        PayerType payerType,
        String payerId,
        String planId,
        List<DiagnosisCode> diagnoses,
        List<ClaimLine> lines,
        ReportedDate initialTreatment) {

    /** A claim from a source that carries no initial treatment date. */
    public Claim(String claimId, String sourceFile, MemberId memberId, LocalDate birthDate, PayerType payerType,
            String payerId, String planId, List<DiagnosisCode> diagnoses, List<ClaimLine> lines) {
        this(claimId, sourceFile, memberId, birthDate, payerType, payerId, planId, diagnoses, lines,
                ReportedDate.NOT_CARRIED);
    }

    public Claim {
        if (initialTreatment == null) {
            initialTreatment = ReportedDate.NOT_CARRIED;
        }
        if (claimId == null || claimId.isBlank()) {
            throw new InvalidValueException("claim id is empty");
        }
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(payerType, "payerType");
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValueException("claim " + claimId + " has no lines");
        }
        Set<Integer> numbers = new HashSet<>();
        for (ClaimLine line : lines) {
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidValueException("line number " + line.lineNumber() + " appears twice in claim " + claimId);
            }
            for (int pointer : line.diagnosisPointers()) {
                if (pointer < 1 || pointer > diagnoses.size()) {
                    throw new InvalidValueException("line " + line.lineNumber() + " points to diagnosis " + pointer
                            + " but the claim has " + diagnoses.size());
                }
            }
        }
    }

    /** This claim with other lines (filled from documentation, say), everything else kept. */
    public Claim withLines(List<ClaimLine> otherLines) {
        return new Claim(claimId, sourceFile, memberId, birthDate, payerType, payerId, planId, diagnoses, otherLines,
                initialTreatment);
    }

    public boolean isOriginalMedicare() {
        return payerType == PayerType.ORIGINAL_MEDICARE;
    }

    /** The diagnoses a line points to, or all of the claim's when it has no pointers. */
    public List<DiagnosisCode> diagnosesOf(ClaimLine line) {
        if (line.diagnosisPointers().isEmpty()) {
            return diagnoses;
        }
        List<DiagnosisCode> pointed = new ArrayList<>(line.diagnosisPointers().size());
        for (int pointer : line.diagnosisPointers()) {
            pointed.add(diagnoses.get(pointer - 1));
        }
        return pointed;
    }

    /** The other lines of this claim with the same date of service as {@code line}. */
    public List<ClaimLine> otherLinesOnSameDay(ClaimLine line) {
        List<ClaimLine> same = new ArrayList<>();
        for (ClaimLine other : lines) {
            if (other != line && other.serviceDate().equals(line.serviceDate())) {
                same.add(other);
            }
        }
        return same;
    }
}
