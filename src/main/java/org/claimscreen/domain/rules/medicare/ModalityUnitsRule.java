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
 * MCR-MODALITY-UNITS: supervised modalities (97010-97028, G0283) are untimed and billed one unit
 * per encounter, however long or however many areas. Units above the per-encounter limit deny
 * the whole line (as an MUE does), so the whole charge is at risk; the provider fixes the units.
 */
public final class ModalityUnitsRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-MODALITY-UNITS", RuleSource.PRACTICE, Severity.DENY,
            "A supervised modality line (97010-97028, G0283) bills more than 1 unit.",
            "CPT supervised modality descriptors; CMS Medically Unlikely Edits (practitioner services)");

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
        if (line.units() <= 1 || !review.codes().supervisedModalities().contains(line.procedureCode())) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Supervised modality " + line.procedureCode() + " on " + line.serviceDate() + " bills "
                        + line.units() + " units, and it is billed one unit per encounter.")
                .denial(DenialCode.co("151"))
                .liable(Liability.PROVIDER)
                .suggestion("Bill one unit per encounter, whatever the time spent or the number of areas.")
                .build());
    }
}
