package org.claimscreen.domain.rules.advantage;

import java.util.List;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MA-MASSAGE-CONDITION: CMS allows plans to cover massage only to treat or ameliorate an injury or
 * illness, not for comfort or relaxation; a line whose diagnoses are all wellness codes shows no
 * such condition. ABNs do not apply in Medicare Advantage, so the provider is liable (CO-50).
 */
public final class MassageConditionRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-CONDITION", RuleSource.SEED, Severity.DENY,
            "A Medicare Advantage massage line's diagnoses are all wellness-only (Z00.00, Z00.01, Z73.3, Z71.89, ...).",
            "CMS, Reinterpretation of \"Primarily Health Related\" for Supplemental Benefits (2018)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (!plan.massageBenefit()) {
            return;
        }
        List<DiagnosisCode> diagnoses = review.claim().diagnosesOf(line);
        if (diagnoses.isEmpty() || !diagnoses.stream().allMatch(review.codes()::isWellness)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " has only wellness"
                        + " diagnoses (" + String.join(", ", diagnoses.stream().map(DiagnosisCode::toString).toList())
                        + "), and plan " + plan.planId() + " covers massage only to treat a specific condition.")
                .denial(DenialCode.co("50"))
                .liable(Liability.PROVIDER)
                .suggestion("The benefit covers treatment of a specific condition, not well-being: code the"
                        + " condition the massage treats.")
                .build());
    }
}
