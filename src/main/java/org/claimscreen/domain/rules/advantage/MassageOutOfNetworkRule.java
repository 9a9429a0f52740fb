package org.claimscreen.domain.rules.advantage;

import java.util.List;
import java.util.Optional;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ProviderType;
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
 * MA-MASSAGE-OUT-OF-NETWORK: the supplemental benefit pays a state-licensed massage therapist
 * registered with the plan's network. The line's own taxonomy says who rendered it; the roster
 * says whether they are in the network (not in the roster counts as not in the network). The seed
 * has the member pay; without a pre-service determination the provider is liable in Medicare
 * Advantage.
 */
public final class MassageOutOfNetworkRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-OUT-OF-NETWORK", RuleSource.SEED, Severity.DENY,
            "A massage line's rendering provider is not a licensed massage therapist (225700000X) in the plan's"
                    + " network.",
            "CMS, Reinterpretation of \"Primarily Health Related\" for Supplemental Benefits (2018); the plan's"
                    + " Evidence of Coverage");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (!plan.massageBenefit()) {
            return;
        }
        String problem;
        if (line.renderingType() != ProviderType.MASSAGE_THERAPIST) {
            problem = "is rendered by a provider with taxonomy " + line.renderingTaxonomy()
                    + ", not a licensed massage therapist";
        } else {
            Optional<RosterProvider> therapist = review.reference().provider(line.renderingNpi());
            if (therapist.isEmpty()) {
                problem = "is rendered by massage therapist " + line.renderingNpi()
                        + ", who is not in the provider roster";
            } else if (!therapist.get().inNetworkOf(plan.planId())) {
                problem = "is rendered by massage therapist " + line.renderingNpi()
                        + ", who is not in the plan's network";
            } else {
                return;
            }
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " " + problem + ", but plan "
                        + plan.planId() + " pays only in-network licensed massage therapists, and without the plan's"
                        + " decision before the visit the provider, not the member, bears the denial.")
                .denial(DenialCode.co("242"))
                .liable(Liability.PROVIDER)
                .suggestion("Use an in-network licensed massage therapist registered with the plan.")
                .build());
    }
}
