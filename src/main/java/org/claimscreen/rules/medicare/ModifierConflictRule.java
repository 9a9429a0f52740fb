package org.claimscreen.rules.medicare;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.rules.ClaimReview;
import org.claimscreen.rules.FindingBuilder;
import org.claimscreen.rules.LineRule;
import org.claimscreen.rules.RuleInfo;
import org.claimscreen.rules.RuleSource;
import org.claimscreen.screening.DenialCode;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Liability;
import org.claimscreen.screening.Severity;

/**
 * MCR-MODIFIER-CONFLICT: GA says a signed ABN is on file, GZ that none is, and GY that the service
 * is excluded by statute rather than not necessary; GA with GZ, or GY with GZ, on one line
 * contradict each other and make the line unprocessable. A coding error: the provider's to fix.
 */
public final class ModifierConflictRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MODIFIER-CONFLICT", RuleSource.PRACTICE, Severity.DENY,
            "A line has GA together with GZ, or GY together with GZ.",
            "Medicare Claims Processing Manual ch. 30 (financial liability protections: modifiers GA, GY, GZ)");

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
        if (!line.hasModifier("GZ") || !line.hasAnyModifier("GA", "GY")) {
            return;
        }
        String other = line.hasModifier("GA") && line.hasModifier("GY") ? "GA and GY"
                : line.hasModifier("GA") ? "GA" : "GY";
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " has GZ together with " + other
                        + ", which contradict each other, so Medicare cannot process the line.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("Keep the modifier that matches the ABN status: GA with a signed ABN, GZ without one,"
                        + " GY only for a statutorily excluded service.")
                .build());
    }
}
