package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.Phase;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-ABN-NO-GA: a signed ABN lets the provider bill the patient for a service Medicare denies as
 * not medically necessary, but only if the line says so with GA; without it Medicare denies CO-50
 * and the provider bears the cost despite the ABN. It reads the earlier rules' findings, so the
 * pack runs it after every other Medicare rule (and before the patient-cost rules).
 */
public final class AbnNoGaRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-ABN-NO-GA", RuleSource.PRACTICE, Severity.REVIEW,
            "A line with an ABN on file that an earlier rule denies for medical necessity (reason 50) has no GA"
                    + " modifier.",
            "Medicare Claims Processing Manual ch. 30 (financial liability protections: ABN, GA modifier)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** After the claim rules: it reads which lines the claim rules deny for medical necessity. */
    @Override
    public Phase phase() {
        return Phase.FINDINGS;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        if (!line.abnOnFile().isYes() || line.hasModifier("GA")
                || !MedicalNecessity.deniedForNecessity(review.findingsOn(line))) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " has an ABN on file but no GA"
                        + " modifier, so Medicare will deny it CO-50 and the patient cannot be billed.")
                .denial(DenialCode.co("50"))
                .liable(Liability.PROVIDER)
                .suggestion("Append GA so the patient can be billed under the signed ABN.")
                .build());
    }
}
