package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ProviderType;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-THERAPY-ASSISTANT: therapy furnished in whole or in part by a PT assistant must carry CQ,
 * by an OT assistant CO; Medicare pays such lines at 85 %. An assistant's line without its
 * modifier is held for review rather than denied, since CQ/CO apply only when the assistant's own
 * minutes pass the 10 % de minimis, which the claim does not show.
 */
public final class TherapyAssistantRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-THERAPY-ASSISTANT", RuleSource.PRACTICE, Severity.REVIEW,
            "An always-therapy line rendered by a PT assistant (225200000X) has no CQ, or by an OT assistant"
                    + " (224Z00000X) has no CO.",
            "CMS Billing Examples Using CQ/CO Modifiers for Services Furnished in Whole or in Part by PTAs and OTAs");

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
        if (!review.codes().alwaysTherapy().contains(line.procedureCode())) {
            return;
        }
        String assistant;
        String modifier;
        String discipline;
        if (line.renderingType() == ProviderType.PHYSICAL_THERAPIST_ASSISTANT) {
            assistant = "a physical therapist assistant";
            modifier = "CQ";
            discipline = "GP";
        } else if (line.renderingType() == ProviderType.OCCUPATIONAL_THERAPIST_ASSISTANT) {
            assistant = "an occupational therapy assistant";
            modifier = "CO";
            discipline = "GO";
        } else {
            return;
        }
        if (line.hasModifier(modifier)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Therapy " + line.procedureCode() + " on " + line.serviceDate() + " is rendered by "
                        + assistant + " without the " + modifier + " modifier, and Medicare pays an assistant's"
                        + " therapy at 85% only when the line says so.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("Add " + modifier + " (with " + discipline + ") when the assistant furnished more than"
                        + " 10% of the service; the line is then paid at 85%.")
                .build());
    }
}
