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
 * MCR-MASSAGE-STANDALONE: massage (97124) billed without a primary covered therapy service the
 * same day is usually denied. Who pays depends on why: massage by a massage therapist is a
 * statutory exclusion (the patient pays, PR-96); otherwise it is a medical-necessity denial, which
 * the patient pays only with an ABN on file. A therapist's or physician's 97124 under a plan of
 * care can be medically necessary on its own, so that case is only held for review.
 */
public final class MassageStandaloneRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MASSAGE-STANDALONE", RuleSource.SEED, Severity.DENY,
            "A massage (97124) line has no primary covered therapy service on another line of the claim the same day"
                    + " (REVIEW instead of DENY when a PT, OT, physician or NPP furnished it with GP/GO under a plan of care).",
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
        if (review.codes().massage().contains(line.procedureCode()) && !review.hasPrimaryTherapySameDay(line)) {
            findings.add(isTherapyUnderPlanOfCare(line) ? review(claim, line) : deny(claim, line));
        }
    }

    private static boolean isTherapyUnderPlanOfCare(ClaimLine line) {
        ProviderType type = line.renderingType();
        boolean qualified = type == ProviderType.PHYSICAL_THERAPIST || type == ProviderType.OCCUPATIONAL_THERAPIST
                || type.isPhysicianOrNpp();
        return qualified && line.hasAnyModifier("GP", "GO") && line.planOfCare().isYes();
    }

    private static Finding review(Claim claim, ClaimLine line) {
        Liability liable = MedicalNecessity.liability(line);
        return FindingBuilder.on(INFO, claim, line)
                .severity(Severity.REVIEW)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " is billed under a plan of"
                        + " care but without a covered therapy service that day, which Medicare usually denies as not"
                        + " medically necessary.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(liable)
                .suggestion("Medicare usually denies massage billed alone: document its medical necessity in the plan"
                        + " of care or add the covered therapy service it supports.")
                .build();
    }

    private static Finding deny(Claim claim, ClaimLine line) {
        FindingBuilder finding = FindingBuilder.on(INFO, claim, line)
                .suggestion("Bill massage only as part of a PT/OT plan of care together with the covered therapy"
                        + " service; otherwise collect self-pay from the patient.");
        if (line.renderingType() == ProviderType.MASSAGE_THERAPIST) {
            return finding
                    .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " by a massage therapist"
                            + " with no covered therapy service that day is excluded from Medicare, so the patient pays.")
                    .denial(DenialCode.pr("96"))
                    .liable(Liability.PATIENT)
                    .build();
        }
        return finding
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " is billed standalone,"
                        + " without a covered therapy service that day or a therapy plan of care, and Medicare denies"
                        + " it as not medically necessary.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .build();
    }
}
