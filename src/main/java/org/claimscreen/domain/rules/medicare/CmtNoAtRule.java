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
 * MCR-CMT-NO-AT: Medicare pays spinal manipulation (98940-98942) only as active/corrective
 * treatment, which the AT modifier attests; without it the line is maintenance care, denied as not
 * medically necessary. The patient pays only when the practice gave a signed ABN and says so with
 * GA (the correct way to bill maintenance care); otherwise the provider writes it off.
 */
public final class CmtNoAtRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-NO-AT", RuleSource.PRACTICE, Severity.DENY,
            "A chiropractic manipulation line (98940-98942) has no AT (active treatment) modifier.",
            "Medicare Benefit Policy Manual ch. 15 §240.1.3; Noridian and Palmetto GBA \"Modifier AT\"");

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
        if (!review.codes().chiropracticManipulation().contains(line.procedureCode()) || line.hasModifier("AT")) {
            return;
        }
        Liability liable = MedicalNecessity.liability(line);
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " has no AT"
                        + " modifier, so Medicare treats it as maintenance care, which it does not cover and the"
                        + " patient can be billed for only with a signed ABN and GA.")
                .denial(DenialCode.co("50").forLiability(liable))
                .liable(liable)
                .suggestion("Append AT if this is active/corrective treatment; maintenance care needs a signed ABN"
                        + " and the GA modifier.")
                .build());
    }
}
