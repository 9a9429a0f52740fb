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
 * MCR-LMT-UNSUPERVISED: massage therapists are not a Medicare provider type, so a line they render
 * on their own cannot be paid whatever its code. The patient pays (statutory exclusion), so the
 * expected adjustment is the patient's too: PR-96 (non-covered charge) with remark N95 ("This
 * provider type/provider specialty may not bill this service"), as for every massage-therapist rule.
 */
public final class LmtUnsupervisedRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-LMT-UNSUPERVISED", RuleSource.SEED, Severity.DENY,
            "A line rendered by a massage therapist (225700000X) has no supervising provider.",
            "Medicare Benefit Policy Manual ch. 15 §230.5");

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
        Claim claim = review.claim();
        if (line.renderingType() == ProviderType.MASSAGE_THERAPIST && !line.isSupervised()) {
            findings.add(FindingBuilder.on(INFO, claim, line)
                    .message(line.procedureCode() + " on " + line.serviceDate() + " is rendered by a massage"
                            + " therapist without a supervising provider, and massage therapists cannot bill"
                            + " Medicare.")
                    .denial(DenialCode.pr("96").withRemark("N95"))
                    .liable(Liability.PATIENT)
                    .suggestion("Massage therapists cannot bill Medicare: do not submit this line and collect"
                            + " self-pay from the patient.")
                    .build());
        }
    }
}
