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
 * GEN-SERVICE-DATE-FUTURE: a line dated after the run's as-of date bills a service not yet given
 * (a scheduled visit exported early, or a mistyped year). Payers deny it; submitting it is worse
 * than holding it. The as-of date is the night being screened, so a rerun of an old night judges
 * by that night, not by today.
 */
public final class ServiceDateFutureRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("GEN-SERVICE-DATE-FUTURE", RuleSource.PRACTICE, Severity.DENY,
            "The date of service is after the run's as-of date (a service cannot be billed before it is given).",
            "Practice: a claim bills services given (837P / CMS-1500 date of service)");

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
        if (!line.serviceDate().isAfter(review.asOf())) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message(line.procedureCode() + " is dated " + line.serviceDate() + ", after the run's as-of date "
                        + review.asOf() + ": a service cannot be billed before it is given.")
                .denial(DenialCode.co("16"))
                .liable(Liability.PROVIDER)
                .suggestion("Correct the date of service, or hold the line until the service has been given.")
                .build());
    }
}
