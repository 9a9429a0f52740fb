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
 * MCR-THERAPY-MODIFIER: since 2018 Medicare edits "always therapy" codes for the discipline
 * modifier of the plan of care (GP physical, GO occupational, GN speech therapy), whoever renders
 * them: a PT, an OT, a physician or NPP. A coding error the provider fixes. Lines rendered by a
 * massage therapist or a chiropractor are skipped: MCR-LMT-* and MCR-CHIRO-ADJUNCT already deny
 * them as services Medicare does not pay from that provider, and a modifier would not change that.
 */
public final class TherapyModifierRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-THERAPY-MODIFIER", RuleSource.PRACTICE, Severity.DENY,
            "An always-therapy line has no GP, GO or GN modifier (massage therapists' and chiropractors' lines are"
                    + " reported by MCR-LMT-* and MCR-CHIRO-ADJUNCT).",
            "CMS Change Request 10176 (always-therapy codes need GP, GO or GN from 1 Jan 2018)");

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
        ProviderType type = line.renderingType();
        if (type == ProviderType.MASSAGE_THERAPIST || type == ProviderType.CHIROPRACTOR
                || !review.codes().alwaysTherapy().contains(line.procedureCode())
                || line.hasAnyModifier("GP", "GO", "GN")) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Therapy " + line.procedureCode() + " on " + line.serviceDate() + " has no GP, GO or GN"
                        + " modifier, which Medicare requires on every always-therapy code.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("Add the discipline modifier of the plan of care: GP for physical therapy, GO for"
                        + " occupational therapy, GN for speech-language pathology.")
                .build());
    }
}
