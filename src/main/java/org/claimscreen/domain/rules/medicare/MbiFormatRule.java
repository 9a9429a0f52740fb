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
 * MCR-MBI-FORMAT: Original Medicare identifies the patient only by the MBI; anything else (an old
 * HICN, a plan member id, a typo) comes back CO-31. The finding is made on every line, so each
 * line's charge is counted as at risk and no claim-level amount is needed.
 */
public final class MbiFormatRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MBI-FORMAT", RuleSource.PRACTICE, Severity.DENY,
            "The member id of an Original Medicare claim is not a valid Medicare Beneficiary Identifier (MBI).",
            "CMS Understanding the Medicare Beneficiary Identifier (MBI) Format");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare() && !claim.memberId().isMbi();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        Claim claim = review.claim();
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message("The member id of this Original Medicare claim is not a valid MBI, so Medicare will not"
                        + " be able to identify the patient for " + line.procedureCode() + ".")
                .denial(DenialCode.co("31"))
                .liable(Liability.PROVIDER)
                .suggestion("Use the 11-character MBI from the patient's Medicare card.")
                .build());
    }
}
