package org.claimscreen.domain.rules.advantage;

import java.util.List;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
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
 * MA-MASSAGE-NOT-COVERED: therapeutic massage is an optional supplemental benefit; on a plan that
 * does not offer it the Evidence of Coverage plainly excludes it, which is the one case where a
 * Medicare Advantage member pays without a pre-service organization determination (PR-204).
 */
public final class MassageNotCoveredRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-NOT-COVERED", RuleSource.SEED, Severity.DENY,
            "A massage line is billed to a Medicare Advantage plan that has no massage benefit.",
            "The plan's Evidence of Coverage; CMS, Reinterpretation of \"Primarily Health Related\" for"
                    + " Supplemental Benefits (2018)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (plan.massageBenefit()) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " is not a benefit of plan "
                        + plan.planId() + ", so the member pays for it.")
                .denial(DenialCode.pr("204"))
                .liable(Liability.PATIENT)
                .suggestion("The member pays for this massage (typically " + dollars(review.pack().selfPayLow())
                        + "-" + dollars(review.pack().selfPayHigh()) + " for 60 minutes): tell them before the visit"
                        + " and collect self-pay.")
                .build());
    }

    private static String dollars(Money amount) {
        return "$" + amount;
    }
}
