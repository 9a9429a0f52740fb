package org.claimscreen.domain.rules.advantage;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MA-PLAN-UNKNOWN: Medicare Advantage massage benefits are plan-specific (coverage, order, network,
 * sessions, cost share), so a claim whose plan is not in the plans file cannot be screened for them.
 * One finding per claim, on its first line; the massage-benefit rules stay quiet for the claim
 * rather than guess. If the plan then denies the line, the provider carries it: an MA plan's
 * contracted provider may not bill the member for a service the plan never determined was not
 * covered (42 CFR 422.504(g), the member held harmless without a pre-service organization
 * determination), so the dollars at risk are the provider's.
 */
public final class PlanUnknownRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo("MA-PLAN-UNKNOWN", RuleSource.PRACTICE, Severity.REVIEW,
            "A Medicare Advantage claim's plan_id is not in the plans file.",
            "The plan's Evidence of Coverage (supplemental benefits are plan-specific)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(ClaimReview review) {
        Claim claim = review.claim();
        if (!MassageBenefit.isAdvantage(claim) || review.reference().plan(claim.planId()).isPresent()) {
            return List.of();
        }
        String plan = claim.planId() == null ? "The Medicare Advantage claim names no plan"
                : "Plan " + claim.planId() + " is not in the plans file";
        return List.of(FindingBuilder.on(INFO, claim, claim.lines().get(0))
                .message(plan + ", so its massage benefit (coverage, order, network, sessions and cost share)"
                        + " could not be checked.")
                .suggestion("Add the plan's benefits to the plans file (and the plan id to the claim if it is"
                        + " missing), then screen the claim again.")
                .liable(Liability.PROVIDER)
                .build());
    }
}
