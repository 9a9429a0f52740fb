package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-CMT-NO-SUBLUXATION: Medicare covers chiropractic manipulation only to correct a subluxation,
 * and the claim shows one only through an M99.0x diagnosis, which MACs want as the primary
 * diagnosis, with the neuromusculoskeletal condition secondary (domain notes §7). The primary
 * diagnosis is the first one the line points to, or the claim's first when the line has no
 * pointers; a subluxation listed second does not count. A denial for medical necessity: the
 * patient pays only with an ABN on file, as for the pack's other CO-50 rules.
 */
public final class CmtNoSubluxationRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-NO-SUBLUXATION", RuleSource.PRACTICE, Severity.DENY,
            "A chiropractic manipulation line's (98940-98942) primary diagnosis (the first one the line points to, or"
                    + " with no pointers the claim's first) is not a subluxation (M99.00-M99.05).",
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
        DiagnosisCode primary = diagnoses.isEmpty() ? null : diagnoses.get(0);
        if (primary != null && review.codes().subluxationDiagnoses().contains(primary)) {
            return;
        }
        boolean listedLater = diagnoses.stream().anyMatch(review.codes().subluxationDiagnoses()::contains);
        String problem = primary == null ? "has no diagnosis"
                : "has " + primary + " as its primary diagnosis, not a subluxation (M99.00-M99.05)"
                        + (listedLater ? "; a subluxation listed after it does not count" : "");
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " " + problem
                        + ", and Medicare covers manipulation only to correct a subluxation coded as the primary"
                        + " diagnosis.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Code the subluxation level (M99.01-M99.05) as the primary diagnosis of the line.")
                .build());
    }
}
