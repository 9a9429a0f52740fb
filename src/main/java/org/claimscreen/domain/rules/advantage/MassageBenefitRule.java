package org.claimscreen.domain.rules.advantage;

import java.util.List;
import java.util.Optional;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.screening.Finding;

/**
 * A rule about a massage line drawing on a Medicare Advantage plan's supplemental massage benefit.
 * It speaks only when the plan is in the plans file: an unknown plan is MA-PLAN-UNKNOWN's finding,
 * and guessing at its benefits would only add noise.
 */
abstract class MassageBenefitRule extends LineRule {

    @Override
    protected final boolean appliesTo(Claim claim) {
        return MassageBenefit.isAdvantage(claim);
    }

    @Override
    protected final void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        if (!MassageBenefit.drawsOnBenefit(review, line)) {
            return;
        }
        Optional<Plan> plan = MassageBenefit.planOf(review);
        if (plan.isPresent()) {
            check(review, line, plan.get(), findings);
        }
    }

    /** Adds what the rule finds on a benefit massage {@code line} of a claim on {@code plan}. */
    protected abstract void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings);
}
