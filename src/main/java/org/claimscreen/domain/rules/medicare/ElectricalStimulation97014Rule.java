package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
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
 * MCR-97014-NOT-RECOGNIZED: Medicare does not recognize CPT 97014 (unattended electrical
 * stimulation) and pays the same service as G0283. The line comes back as a billing error the
 * provider corrects. The code is the rule's own subject (its id names it), so it is written here
 * rather than kept as a pack code set.
 */
public final class ElectricalStimulation97014Rule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-97014-NOT-RECOGNIZED", RuleSource.PRACTICE, Severity.DENY,
            "A line bills 97014 (unattended electrical stimulation), which Medicare does not recognize.",
            "Medicare Physician Fee Schedule: 97014 not valid for Medicare, use G0283");

    private static final String CODE = "97014";

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
        if (!line.procedureCode().value().equals(CODE)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Unattended electrical stimulation 97014 on " + line.serviceDate() + " is not a code"
                        + " Medicare recognizes, so the line is returned as a billing error.")
                .denial(DenialCode.co("16").withRemark("N657"))
                .liable(Liability.PROVIDER)
                .suggestion("Bill G0283 (unattended electrical stimulation, not wound care) instead of 97014.")
                .build());
    }
}
