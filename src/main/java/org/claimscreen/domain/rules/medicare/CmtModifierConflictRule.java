package org.claimscreen.domain.rules.medicare;

import java.util.ArrayList;
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
 * MCR-CMT-MODIFIER-CONFLICT: AT says the manipulation is covered active treatment; GA, GX, GY and
 * GZ each say Medicare is expected not to pay it. Both on one line contradict each other, and MACs
 * reject the line (AT with GA since dates of service from 1 Nov 2015). A coding error: the
 * provider's to fix.
 */
public final class CmtModifierConflictRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-MODIFIER-CONFLICT", RuleSource.PRACTICE,
            Severity.DENY,
            "A chiropractic manipulation line (98940-98942) has AT together with GA, GX, GY or GZ.",
            "Palmetto GBA \"Chiropractic Claims Submitted with Both the AT and GA Modifier to Reject\";"
                    + " Medicare Benefit Policy Manual ch. 15 §240.1.3");

    private static final List<String> LIABILITY_MODIFIERS = List.of("GA", "GX", "GY", "GZ");

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
        if (!review.codes().chiropracticManipulation().contains(line.procedureCode()) || !line.hasModifier("AT")) {
            return;
        }
        List<String> conflicting = new ArrayList<>();
        for (String modifier : LIABILITY_MODIFIERS) {
            if (line.hasModifier(modifier)) {
                conflicting.add(modifier);
            }
        }
        if (conflicting.isEmpty()) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " has AT"
                        + " together with " + String.join(" and ", conflicting) + ", which contradict each other,"
                        + " so Medicare rejects the line.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("Remove the conflicting modifier: keep AT for active treatment, or drop AT and use GA"
                        + " with a signed ABN for maintenance care.")
                .build());
    }
}
