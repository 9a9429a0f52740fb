package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.CodeSets;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-WELLNESS-DIAGNOSIS: massage or manual therapy whose only diagnoses are wellness codes
 * (routine exam, stress, health counselling) shows relaxation intent, not treatment of a
 * condition. A routine exam diagnosis (Z00.x) draws CARC 49 (routine/preventive), the others
 * CARC 50 (medical necessity); the patient pays only with an ABN on file.
 */
public final class WellnessDiagnosisRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-WELLNESS-DIAGNOSIS", RuleSource.SEED, Severity.DENY,
            "A massage or manual-therapy line's diagnoses are all wellness-only (Z00.00, Z00.01, Z73.3, Z71.89, ...).",
            "Social Security Act §1862(a)(1)(A) and §1862(a)(7)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        Claim claim = review.claim();
        CodeSets codes = review.codes();
        if (!codes.massage().contains(line.procedureCode()) && !codes.manualTherapy().contains(line.procedureCode())) {
            return;
        }
        List<DiagnosisCode> diagnoses = claim.diagnosesOf(line);
        if (diagnoses.isEmpty() || !diagnoses.stream().allMatch(codes::isWellness)) {
            return;
        }
        boolean routineExam = diagnoses.stream().anyMatch(code -> code.startsWith("Z00"));
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " has only wellness diagnoses ("
                        + String.join(", ", diagnoses.stream().map(DiagnosisCode::toString).toList())
                        + "), so Medicare sees no medical necessity for it.")
                .denial(MedicalNecessity.denial(routineExam ? "49" : "50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Massage for general well-being is not medically necessary: treat and code a specific"
                        + " diagnosed condition, or collect self-pay.")
                .build());
    }
}
