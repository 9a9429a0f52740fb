package org.claimscreen.domain.rules.advantage;

import java.util.List;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.Phase;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MA-MASSAGE-COST-SHARE: on a covered massage line the member still owes the plan's copay or
 * coinsurance, which the front desk should collect. "Covered" means the plan has the benefit and
 * no earlier Medicare Advantage rule expects a denial, so this rule runs after them. A copay never
 * exceeds the charge; when a plan lists both, the copay is what a visit costs the member.
 */
public final class MassageCostShareRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-COST-SHARE", RuleSource.SEED, Severity.INFO,
            "A covered Medicare Advantage massage line has a copay or coinsurance.",
            "The plan's Evidence of Coverage (massage copay or coinsurance)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** After the claim rules: it reads whether a Medicare Advantage rule expects the plan to deny the line. */
    @Override
    public Phase phase() {
        return Phase.FINDINGS;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (!plan.massageBenefit() || MassageBenefit.deniedByPlan(review, line)) {
            return;
        }
        Money owed;
        String share;
        if (plan.copay() != null) {
            owed = plan.copay().min(line.charge());
            share = "a $" + plan.copay() + " copay";
        } else if (plan.coinsurancePercent() != null) {
            owed = line.charge().percent(plan.coinsurancePercent());
            share = plan.coinsurancePercent().stripTrailingZeros().toPlainString() + "% coinsurance";
        } else {
            return;
        }
        if (owed.isZero()) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Plan " + plan.planId() + " covers massage " + line.procedureCode() + " on "
                        + line.serviceDate() + " with " + share + ", so the member owes $" + owed + " for it.")
                .liable(Liability.PATIENT)
                .amountAtRisk(Money.ZERO)
                .patientEstimate(owed)
                .suggestion("Collect the member's cost share ($" + owed + ") at the visit.")
                .build());
    }
}
