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
 * MCR-MODIFIER-CONFLICT: GA says a signed ABN is on file, GZ that none is, and GY that the service
 * is excluded by statute rather than not necessary. Any two of them on one line contradict each
 * other: GA with GZ and GY with GZ make the line unprocessable, and GA with GY claims an ABN for a
 * statutory exclusion, for which an ABN is not valid. MACs deny every combination. A coding error:
 * the provider's to fix.
 */
public final class ModifierConflictRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MODIFIER-CONFLICT", RuleSource.PRACTICE, Severity.DENY,
            "A line has any two of GA, GY and GZ (MACs deny any combination; an ABN is not valid for a statutory"
                    + " exclusion, so GA with GY contradicts itself).",
            "Medicare Claims Processing Manual ch. 30 (financial liability protections: modifiers GA, GY, GZ)");

    /** The liability modifiers, in the order a message names them. */
    private static final List<String> LIABILITY_MODIFIERS = List.of("GA", "GY", "GZ");

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
        List<String> present = new ArrayList<>(LIABILITY_MODIFIERS.size());
        for (String modifier : LIABILITY_MODIFIERS) {
            if (line.hasModifier(modifier)) {
                present.add(modifier);
            }
        }
        if (present.size() < 2) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " has " + names(present)
                        + " together, which contradict each other"
                        + (present.contains("GA") && present.contains("GY")
                                ? " (an ABN, which GA reports, is not valid for a statutory exclusion, which GY reports)"
                                : "")
                        + ", so Medicare will deny the line.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("Keep the one modifier that matches the case: GY for a statutory exclusion, GA when a"
                        + " signed ABN is on file, GZ when there is none.")
                .build());
    }

    /** "GA and GZ", or "GA, GY and GZ". */
    private static String names(List<String> modifiers) {
        int last = modifiers.size() - 1;
        return String.join(", ", modifiers.subList(0, last)) + " and " + modifiers.get(last);
    }
}
