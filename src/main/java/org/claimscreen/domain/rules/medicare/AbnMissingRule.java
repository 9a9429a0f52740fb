package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.Phase;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-ABN-MISSING: when an earlier rule expects a line to be denied as not medically necessary
 * (a DENY finding with reason code 50) and no signed ABN is on file, the provider cannot shift the
 * cost to the patient. Nothing more is at risk than the earlier finding already counts, so this is
 * INFO with no denial code of its own. It reads the earlier rules' findings, so the pack runs it
 * after every other Medicare rule (and before the patient-cost rules).
 */
public final class AbnMissingRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-ABN-MISSING", RuleSource.PRACTICE, Severity.INFO,
            "A line an earlier rule denies for medical necessity (reason 50) has no ABN on file.",
            "Medicare Claims Processing Manual ch. 30 (financial liability protections: ABN)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** After the claim rules: it reads which lines the claim rules deny for medical necessity. */
    @Override
    public Phase phase() {
        return Phase.FINDINGS;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        if (line.abnOnFile().isYes() || !MedicalNecessity.deniedForNecessity(review.findingsOn(line))) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " is expected to be denied as not"
                        + " medically necessary and has no ABN on file, so the provider, not the patient, bears the"
                        + " cost.")
                .liable(Liability.PROVIDER)
                .suggestion("Without a signed ABN given before the service the provider is liable; when one is on"
                        + " file, record it and append GA.")
                .build());
    }
}
