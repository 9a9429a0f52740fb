package org.claimscreen.domain.rules.advantage;

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
 * MA-ABN-NOT-VALID: an Advance Beneficiary Notice shifts liability only in Original Medicare. A
 * Medicare Advantage member can be billed for a denied service only after the plan's own
 * pre-service organization determination, and plans may deny a GA-modified line as an invalid
 * modifier. The line is held for review; it needs no plan data, so it is checked on unknown plans too.
 */
public final class AbnNotValidRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MA-ABN-NOT-VALID", RuleSource.PRACTICE, Severity.REVIEW,
            "A Medicare Advantage claim line carries GA, GX or GZ, or says an ABN is on file.",
            "42 CFR 422 Subpart M (organization determinations); ABNs do not apply to Medicare Advantage");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return MassageBenefit.isAdvantage(claim);
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        List<String> signs = new ArrayList<>();
        for (String modifier : new String[] {"GA", "GX", "GZ"}) {
            if (line.hasModifier(modifier)) {
                signs.add(modifier);
            }
        }
        if (line.abnOnFile().isYes()) {
            signs.add("an ABN on file");
        }
        if (signs.isEmpty()) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " relies on " + String.join(" and ", signs)
                        + ", but ABNs do not apply to Medicare Advantage, so they cannot make the member liable.")
                .denial(DenialCode.co("4"))
                .liable(Liability.PROVIDER)
                .suggestion("ABNs do not apply to Medicare Advantage: remove GA/GX/GZ and ask the plan for a"
                        + " pre-service organization determination.")
                .build());
    }
}
