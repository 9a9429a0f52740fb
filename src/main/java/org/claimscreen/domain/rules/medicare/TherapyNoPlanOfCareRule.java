package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-THERAPY-NO-PLAN-OF-CARE: outpatient therapy is paid only under a plan of care certified by a
 * physician or NPP. A plan marked absent is a denial; an export that does not say, or a plan with
 * no referring/certifying provider on the line, is held for review since the claim alone cannot
 * prove either way. Denials are for medical necessity: the patient pays only with an ABN.
 */
public final class TherapyNoPlanOfCareRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-THERAPY-NO-PLAN-OF-CARE", RuleSource.SEED, Severity.DENY,
            "An always-therapy line rendered by a therapist has no plan of care (DENY), does not say (REVIEW),"
                    + " or names no referring/certifying provider (REVIEW).",
            "42 CFR 410.60, 410.61; Medicare Benefit Policy Manual ch. 15 §220.1");

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
        if (!review.codes().alwaysTherapy().contains(line.procedureCode()) || !line.renderingType().isTherapist()) {
            return;
        }
        String problem;
        Severity severity;
        if (line.planOfCare() == Indicator.NO) {
            problem = "is not under a plan of care";
            severity = Severity.DENY;
        } else if (line.planOfCare() == Indicator.NOT_GIVEN) {
            problem = "does not say whether it is under a plan of care";
            severity = Severity.REVIEW;
        } else if (!line.hasReferringProvider()) {
            problem = "has a plan of care but no certifying/referring provider";
            severity = Severity.REVIEW;
        } else {
            return;
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .severity(severity)
                .message("Therapy " + line.procedureCode() + " on " + line.serviceDate() + " " + problem
                        + ", and Medicare pays therapy only under a plan of care certified by a physician or NPP.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Therapy must be under a plan of care certified by a physician/NPP: record the plan"
                        + " and the certifying (referring) provider on the line.")
                .build());
    }
}
