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
 * MCR-LMT-SUPERVISED: the case the source document allows (a massage therapist under supervision,
 * under a plan of care, next to a covered service) is still not billable in practice: MBPM ch. 15
 * §230.5 says "the services of athletic trainers, massage therapists, recreation therapists,
 * kinesiotherapists, low vision specialists or any other profession may not be billed as therapy
 * services", supervised or not (domain notes 0.1). Practice wins, so the line is denied; the seed's
 * case is still recognised, and the message names it and says why it does not pay.
 */
public final class LmtSupervisedRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-LMT-SUPERVISED", RuleSource.PRACTICE, Severity.DENY,
            "A massage therapist's line has a supervising provider, a plan of care and a primary covered therapy"
                    + " service the same day: the source document allows this case, but massage therapists' services"
                    + " \"may not be billed as therapy services\", supervised or not (MBPM ch. 15 §230.5).",
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
                    .message(line.procedureCode() + " on " + line.serviceDate() + " by a massage therapist"
                            + " under supervision, a plan of care and a covered therapy service that day is the case"
                            + " the source document allows, but the Medicare Benefit Policy Manual ch. 15 §230.5 says"
                            + " massage therapists' services \"may not be billed as therapy services\", supervised"
                            + " or not, and Medicare's rule wins over the document's.")
                    .denial(DenialCode.pr("96").withRemark("N95"))
                    .liable(Liability.PATIENT)
                    .suggestion("Do not submit this line: only a PT/OT, or the physician personally furnishing the"
                            + " massage, can bill it; otherwise collect self-pay from the patient.")
                    .build());
        }
    }
}
