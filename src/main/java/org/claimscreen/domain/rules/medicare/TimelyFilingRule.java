package org.claimscreen.domain.rules.medicare;

import java.time.LocalDate;
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
 * MCR-TIMELY-FILING: Original Medicare must receive a claim within 12 months (the pack's
 * timelyFilingMonths) of the line's date of service. The last day is found with
 * {@link LocalDate#plusMonths}, so a 29 Feb service is due on 28 Feb of the next year; the claim is
 * late on the day after. A timely-filing denial is not an initial determination, so it cannot be
 * appealed; the provider writes it off. The 42 CFR 424.44(b) exceptions (contractor error,
 * retroactive entitlement or disenrollment) are not visible on the claim.
 */
public final class TimelyFilingRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-TIMELY-FILING", RuleSource.PRACTICE, Severity.DENY,
            "A line's date of service is more than the filing limit (12 months) before the run's as-of date.",
            "42 CFR 424.44; Medicare Claims Processing Manual ch. 1 §70");

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
        int months = review.pack().timelyFilingMonths();
        LocalDate due = line.serviceDate().plusMonths(months);
        if (!review.asOf().isAfter(due)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " had to be filed by " + due
                        + " (" + months + " months after the date of service), and a timely-filing denial cannot be"
                        + " appealed.")
                .denial(DenialCode.co("29"))
                .liable(Liability.PROVIDER)
                .suggestion("The line is past the filing limit and the denial is not appealable: write it off unless"
                        + " a 42 CFR 424.44(b) exception (contractor error, retroactive entitlement) applies.")
                .build());
    }
}
