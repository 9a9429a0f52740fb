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
 * MCR-MANUAL-THERAPY-PROVIDER: manual therapy (97140) is covered only as skilled therapy by a PT or
 * OT (or their assistants), or by a physician or NPP personally. A chiropractor's 97140 is left to
 * {@link ChiropractorAdjunctRule}, which gives the right (patient-liable) denial. A massage
 * therapist's 97140 is a statutory exclusion, so the patient pays (PR-185); any other provider's is a
 * provider error (CO-185). The group code follows who pays.
 */
public final class ManualTherapyProviderRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MANUAL-THERAPY-PROVIDER", RuleSource.SEED, Severity.DENY,
            "Manual therapy (97140) is rendered by someone other than a PT, PTA, OT, OTA, physician or NPP"
                    + " (chiropractors are reported by MCR-CHIRO-ADJUNCT).",
            "Medicare Benefit Policy Manual ch. 15 §230.5; 42 CFR 410.60");

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
        ProviderType type = line.renderingType();
        if (review.codes().manualTherapy().contains(line.procedureCode()) && !mayFurnish(type)) {
            boolean excluded = type == ProviderType.MASSAGE_THERAPIST;
            Liability liable = excluded ? Liability.PATIENT : Liability.PROVIDER;
            findings.add(FindingBuilder.on(INFO, claim, line)
                    .message("Manual therapy " + line.procedureCode() + " on " + line.serviceDate()
                            + " is rendered by " + (excluded ? "a massage therapist" : "a provider who is not a"
                            + " therapist, physician or NPP") + ", and Medicare covers it only as skilled therapy.")
                    .denial(DenialCode.co("185").forLiability(liable))
                    .liable(liable)
                    .suggestion("Manual therapy is covered only as skilled therapy by a licensed therapist (PT/OT,"
                            + " or PTA/OTA under one) or by a physician or NPP.")
                    .build());
        }
    }

    private static boolean mayFurnish(ProviderType type) {
        return switch (type) {
            case PHYSICAL_THERAPIST, PHYSICAL_THERAPIST_ASSISTANT, OCCUPATIONAL_THERAPIST,
                    OCCUPATIONAL_THERAPIST_ASSISTANT, PHYSICIAN, NON_PHYSICIAN_PRACTITIONER -> true;
            // reported by MCR-CHIRO-ADJUNCT with the patient-liable denial
            case CHIROPRACTOR -> true;
            default -> false;
        };
    }
}
