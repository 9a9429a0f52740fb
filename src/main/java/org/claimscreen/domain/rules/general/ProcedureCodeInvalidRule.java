package org.claimscreen.domain.rules.general;

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
 * GEN-PROCEDURE-CODE-INVALID: readers take any five letters or digits as a procedure code, so that
 * a typo reaches the biller as a finding rather than a rejected row. This rule holds the codes of
 * no CPT/HCPCS shape: CPT Category I is five digits, HCPCS Level II a letter and four digits, CPT
 * Category II and III four digits and F or T, PLA codes four digits and U. {@code 97l24} (a lower
 * case L for the 1) is none of them, and no payer would pay it.
 */
public final class ProcedureCodeInvalidRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("GEN-PROCEDURE-CODE-INVALID", RuleSource.PRACTICE,
            Severity.DENY,
            "The procedure code has no CPT/HCPCS shape (5 digits; a letter and 4 digits; 4 digits and F, T or U).",
            "AMA CPT code set; CMS HCPCS Level II code set (45 CFR 162.1002)");

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
        String code = line.procedureCode().value();
        if (hasCptOrHcpcsShape(code)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Procedure code " + code + " is neither a CPT code (5 digits, or 4 digits and F, T or U)"
                        + " nor a HCPCS code (a letter and 4 digits), so the payer will reject the line as an"
                        + " invalid procedure code.")
                .denial(DenialCode.co("16").withRemark("M51"))
                .liable(Liability.PROVIDER)
                .suggestion("Correct the procedure code (a letter typed for a digit, such as l or O, is the usual"
                        + " cause) and resubmit.")
                .build());
    }

    static boolean hasCptOrHcpcsShape(String code) {
        if (code.length() != 5 || !allDigits(code, 1, 4)) {
            return false;
        }
        char first = code.charAt(0);
        char last = code.charAt(4);
        if (isDigit(first)) {
            return isDigit(last) || last == 'F' || last == 'T' || last == 'U';
        }
        return first >= 'A' && first <= 'Z' && isDigit(last);
    }

    private static boolean allDigits(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
