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
 * MCR-CMT-NO-INITIAL-TREATMENT-DATE: Medicare wants the first day of the current course of
 * chiropractic treatment on every claim with spinal manipulation (CMS-1500 item 14, 837P 2300
 * DTP*454); without it the MAC returns the claim unprocessable, CO-16 with MA122. Judged only where
 * the source has the field: a CSV without the column, or a FHIR Claim, says nothing of it. The
 * finding is made on each manipulation line, so their charges are the amount at risk.
 */
public final class CmtNoInitialTreatmentDateRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-NO-INITIAL-TREATMENT-DATE", RuleSource.PRACTICE,
            Severity.DENY,
            "An Original Medicare claim with chiropractic manipulation (98940-98942) has no initial treatment date"
                    + " (CMS-1500 item 14, 837P loop 2300 DTP*454), where the source carries the field.",
            "Medicare Claims Processing Manual ch. 26 §10.2 (item 14); Noridian JF Part B reason code guidance,"
                    + " Chiropractic Services - Initial Treatment Date (CO-16, MA122)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare() && claim.initialTreatment().isMissing();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        if (!review.codes().chiropracticManipulation().contains(line.procedureCode())) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " is on a claim"
                        + " without the initial treatment date, which Medicare needs to process it.")
                .denial(DenialCode.co("16").withRemark("MA122"))
                .liable(Liability.PROVIDER)
                .suggestion("Enter the date the current course of chiropractic treatment began (item 14; 837P"
                        + " DTP*454 in loop 2300) and submit the claim.")
                .build());
    }
}
