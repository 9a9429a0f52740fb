package org.claimscreen.rules.medicare;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.ProviderType;
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
 * MCR-LMT-SUPERVISED: the case the source document allows (a massage therapist under supervision,
 * under a plan of care, next to a covered service) is still not billable as therapy in practice:
 * MBPM ch. 15 §230.5 says massage therapists' services may not be billed as therapy services even
 * under supervision. The line is held for a person to confirm rather than passed as clean.
 */
public final class LmtSupervisedRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-LMT-SUPERVISED", RuleSource.PRACTICE, Severity.REVIEW,
            "A massage therapist's line has a supervising provider, a plan of care and a primary covered therapy"
                    + " service the same day (the source document's allowed case, which Medicare practice does not pay).",
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
        if (line.renderingType() == ProviderType.MASSAGE_THERAPIST && line.isSupervised()
                && line.planOfCare().isYes() && review.hasPrimaryTherapySameDay(line)) {
            findings.add(FindingBuilder.on(INFO, claim, line)
                    .message(line.procedureCode() + " on " + line.serviceDate() + " by a supervised massage"
                            + " therapist meets the source document's conditions, but in practice (MBPM ch. 15"
                            + " §230.5) massage therapists' services may not be billed as therapy even under"
                            + " supervision.")
                    .denial(DenialCode.co("185"))
                    .liable(Liability.PATIENT)
                    .suggestion("The Medicare Benefit Policy Manual ch. 15 §230.5 says massage therapists' services"
                            + " may not be billed as therapy even under supervision; confirm before submitting.")
                    .build());
        }
    }
}
