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
 * MCR-LMT-NOT-INTEGRAL: the source document allows a supervised massage therapist's work only as
 * an integral part of the supervising provider's covered treatment. Without a covered therapy
 * service that day, or without a plan of care, even the document's own condition is not met.
 * The fully supervised case is {@link LmtSupervisedRule}'s.
 */
public final class LmtNotIntegralRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-LMT-NOT-INTEGRAL", RuleSource.SEED, Severity.DENY,
            "A supervised massage therapist's line has no primary covered therapy service on the claim that day,"
                    + " or no plan of care.",
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
        if (line.renderingType() != ProviderType.MASSAGE_THERAPIST || !line.isSupervised()) {
            return;
        }
        boolean covered = review.hasPrimaryTherapySameDay(line);
        boolean planOfCare = line.planOfCare().isYes();
        if (covered && planOfCare) {
            return;
        }
        String missing = !covered && !planOfCare ? "no covered therapy service that day and no plan of care"
                : !covered ? "no covered therapy service that day" : "no plan of care";
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " by a supervised massage therapist"
                        + " has " + missing + ", so it is not part of a covered treatment.")
                .denial(DenialCode.pr("96").withRemark("N95"))
                .liable(Liability.PATIENT)
                .suggestion("Bill it only as an integral part of the supervising provider's covered treatment plan;"
                        + " otherwise collect self-pay from the patient.")
                .build());
    }
}
