package org.claimscreen.domain.rules.general;

import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Npi;
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
 * GEN-NPI-INVALID: an NPI whose check digit is wrong is a typo every payer rejects. Readers accept
 * such NPIs on purpose (they are well-formed), so this rule is where the biller learns which one
 * to correct. One finding per line, naming every NPI of the line that fails.
 */
public final class NpiCheckDigitRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("GEN-NPI-INVALID", RuleSource.PRACTICE, Severity.DENY,
            "Any NPI on the line (rendering, supervising, referring, billing) fails the check digit (Luhn over 80840 + NPI).",
            "CMS Requirements for NPI Check Digit (45 CFR 162.406)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return true;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        Claim claim = review.claim();
        List<String> invalid = new ArrayList<>();
        addIfInvalid("rendering", line.renderingNpi(), invalid);
        addIfInvalid("supervising", line.supervisingNpi(), invalid);
        addIfInvalid("referring", line.referringNpi(), invalid);
        addIfInvalid("billing", line.billingNpi(), invalid);
        if (!invalid.isEmpty()) {
            findings.add(FindingBuilder.on(INFO, claim, line)
                    .message("The " + String.join(" and the ", invalid) + " of " + line.procedureCode()
                            + " fail" + (invalid.size() == 1 ? "s" : "") + " the NPI check digit, so the payer"
                            + " will reject the line as an invalid provider identifier.")
                    .denial(DenialCode.co("16").withRemark("N290"))
                    .liable(Liability.PROVIDER)
                    .suggestion("Correct the NPI (look it up in NPPES) and resubmit.")
                    .build());
        }
    }

    private static void addIfInvalid(String role, Npi npi, List<String> invalid) {
        if (npi != null && !npi.hasValidCheckDigit()) {
            invalid.add(role + " NPI " + npi.value());
        }
    }
}
