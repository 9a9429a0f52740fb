package org.claimscreen.domain.rules.advantage;

import java.util.List;
import java.util.Optional;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MA-MASSAGE-NO-ORDER: CMS lets plans cover massage only when a physician or medical professional
 * orders it, and plans that say so in the plans file want that order from an in-network provider.
 * A referring provider missing from the roster counts as out of network: the screen cannot show
 * otherwise. The seed has the member pay; in Medicare Advantage a contracted provider must hold the
 * member harmless without a pre-service determination, so the provider is liable.
 */
public final class MassageNoOrderRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-NO-ORDER", RuleSource.SEED, Severity.DENY,
            "The plan requires an order for massage and the line has no referring provider, or the referring"
                    + " provider is not in the plan's network.",
            "CMS, Reinterpretation of \"Primarily Health Related\" for Supplemental Benefits (2018); the plan's"
                    + " Evidence of Coverage");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (!plan.massageBenefit() || !plan.massageRequiresOrder()) {
            return;
        }
        String problem;
        if (!line.hasReferringProvider()) {
            problem = "has no referring provider";
        } else {
            Optional<RosterProvider> referrer = review.reference().provider(line.referringNpi());
            if (referrer.isEmpty()) {
                problem = "names referring provider " + line.referringNpi() + ", who is not in the provider roster";
            } else if (!referrer.get().inNetworkOf(plan.planId())) {
                problem = "names referring provider " + line.referringNpi() + ", who is not in the plan's network";
            } else {
                return;
            }
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " " + problem + ", but plan "
                        + plan.planId() + " covers massage only on an in-network order, and without the plan's"
                        + " decision before the visit the provider, not the member, bears the denial.")
                .denial(DenialCode.co("288"))
                .liable(Liability.PROVIDER)
                .suggestion("Get an order from an in-network doctor for a specific condition and name them as the"
                        + " referring provider on the line.")
                .build());
    }
}
