package org.claimscreen.domain.rules.medicare;

import java.util.List;
import java.util.Optional;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ProviderType;
import org.claimscreen.domain.claim.RosterProvider;
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
 * MCR-LMT-SUPERVISOR-NOT-ELIGIBLE: the source document lets a massage therapist's work through only
 * under a Medicare-approved provider's supervision. The claim line carries only the supervisor's
 * NPI, so the provider roster says who that is: a supervisor the roster knows but who is not a
 * Medicare-enrolled physician, NPP, PT or OT (a chiropractor, an assistant, another massage
 * therapist, anyone not enrolled) fails the document's own condition; a supervisor the roster does
 * not know is held for a person to check. As with the other LMT rules the patient pays.
 */
public final class LmtSupervisorNotEligibleRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-LMT-SUPERVISOR-NOT-ELIGIBLE", RuleSource.SEED,
            Severity.DENY,
            "A massage therapist's line names a supervising provider who is in the roster but is not a"
                    + " Medicare-enrolled physician, NPP, PT or OT (DENY), or who is not in the roster (REVIEW).",
            "Medicare Benefit Policy Manual ch. 15 §230.5; 42 CFR 410.26");

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
        if (line.renderingType() != ProviderType.MASSAGE_THERAPIST || !line.isSupervised()) {
            return;
        }
        Optional<RosterProvider> supervisor = review.reference().provider(line.supervisingNpi());
        if (supervisor.isPresent() && mayApprove(supervisor.get())) {
            return;
        }
        String who = supervisor.isEmpty() ? "is not in the provider roster, so it cannot be confirmed as"
                : "is not";
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .severity(supervisor.isEmpty() ? Severity.REVIEW : Severity.DENY)
                .message(line.procedureCode() + " on " + line.serviceDate() + " by a massage therapist names"
                        + " supervising NPI " + line.supervisingNpi() + ", who " + who + " a Medicare-enrolled"
                        + " physician, NPP, PT or OT.")
                .denial(DenialCode.pr("96").withRemark("N95"))
                .liable(Liability.PATIENT)
                .suggestion("Supervision must be by a Medicare-approved provider (a Medicare-enrolled physician, NPP,"
                        + " PT or OT); otherwise collect self-pay from the patient.")
                .build());
    }

    private static boolean mayApprove(RosterProvider supervisor) {
        if (!supervisor.medicareEnrolled()) {
            return false;
        }
        return switch (supervisor.taxonomy().providerType()) {
            case PHYSICIAN, NON_PHYSICIAN_PRACTITIONER, PHYSICAL_THERAPIST, OCCUPATIONAL_THERAPIST -> true;
            // a chiropractor is enrolled only for spinal manipulation; assistants are not enrolled on their own
            default -> false;
        };
    }
}
