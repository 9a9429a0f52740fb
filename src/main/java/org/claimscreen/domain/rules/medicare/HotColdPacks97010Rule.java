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
 * MCR-97010-BUNDLED: hot/cold packs (97010) have fee schedule status B: always bundled into the
 * day's other services, never paid on their own, and the patient cannot be billed for them either.
 * Nothing is wrong with reporting the line, so the finding is INFO and (as every INFO finding)
 * puts nothing at risk: no payment was ever expected for it. The code is the rule's own subject
 * (its id names it), so it is written here rather than kept as a pack code set.
 */
public final class HotColdPacks97010Rule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-97010-BUNDLED", RuleSource.PRACTICE, Severity.INFO,
            "A line bills 97010 (hot/cold packs), which Medicare always bundles (fee schedule status B).",
            "Medicare Physician Fee Schedule status indicator B; Palmetto GBA \"Hot or Cold Packs: Bundling Denials\"");

    private static final String CODE = "97010";

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
                .message("Hot/cold packs 97010 on " + line.serviceDate() + " are never paid separately by Medicare,"
                        + " and the patient cannot be billed for them.")
                .denial(DenialCode.co("97"))
                .liable(Liability.PROVIDER)
                .suggestion("Expect no payment for 97010 and do not bill the patient for it; it is included in the"
                        + " day's other services.")
                .build());
    }
}
