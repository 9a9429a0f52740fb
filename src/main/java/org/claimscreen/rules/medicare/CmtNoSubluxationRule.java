package org.claimscreen.rules.medicare;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.DiagnosisCode;
import org.claimscreen.rules.ClaimReview;
import org.claimscreen.rules.FindingBuilder;
import org.claimscreen.rules.LineRule;
import org.claimscreen.rules.RuleInfo;
import org.claimscreen.rules.RuleSource;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Severity;

/**
 * MCR-CMT-NO-SUBLUXATION: Medicare covers chiropractic manipulation only to correct a subluxation,
 * and the claim shows one only through an M99.0x diagnosis. The line's own diagnosis pointers
 * decide (all of the claim's diagnoses when it has none). A denial for medical necessity: the
 * patient pays only with an ABN on file, as for the pack's other CO-50 rules.
 */
public final class CmtNoSubluxationRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-NO-SUBLUXATION", RuleSource.PRACTICE, Severity.DENY,
            "A chiropractic manipulation line (98940-98942) points to no subluxation diagnosis (M99.00-M99.05).",
            "Medicare Benefit Policy Manual ch. 15 §240.1.2 and §240.1.4");

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
        if (!review.codes().chiropracticManipulation().contains(line.procedureCode())) {
            return;
        }
        List<DiagnosisCode> diagnoses = review.claim().diagnosesOf(line);
        if (diagnoses.stream().anyMatch(review.codes().subluxationDiagnoses()::contains)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " has no"
                        + " subluxation diagnosis (M99.00-M99.05) among its diagnoses, and Medicare covers"
                        + " manipulation only to correct a subluxation.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Code the subluxation level (M99.01-M99.05) as the primary diagnosis of the line.")
                .build());
    }
}
