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
 * MCR-ACUPUNCTURE-IMPROVEMENT: NCD 30.3.3 covers up to 12 acupuncture sessions in 90 days, and "An
 * additional 8 sessions will be covered for those patients demonstrating an improvement". Sessions
 * 13 to the yearly limit (rule-pack data: 20) of a calendar year are held for a person to confirm the
 * improvement is documented; sessions past the limit are MCR-ACUPUNCTURE-COVERAGE's denial. Sessions
 * are visits, counted by {@link AcupunctureSessions}. Without the documentation Medicare denies
 * for medical necessity, and the catalog leaves the provider liable (CO-50).
 */
public final class AcupunctureImprovementRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-ACUPUNCTURE-IMPROVEMENT", RuleSource.PRACTICE,
            Severity.REVIEW,
            "An acupuncture line is session 13-20 of the calendar year: NCD 30.3.3 covers up to 12 sessions in 90"
                    + " days and 8 more only for patients demonstrating improvement.",
            "NCD 30.3.3 Acupuncture for Chronic Low Back Pain");

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
        if (!review.codes().acupuncture().contains(line.procedureCode())) {
            return;
        }
        int session = AcupunctureSessions.sessionOf(review, line);
        int limit = review.pack().acupunctureVisitsPerYear();
        if (session <= AcupunctureSessions.BEFORE_IMPROVEMENT || session > limit) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Acupuncture " + line.procedureCode() + " on " + line.serviceDate() + " is session " + session
                        + " of " + line.serviceDate().getYear() + ", and NCD 30.3.3 covers sessions "
                        + (AcupunctureSessions.BEFORE_IMPROVEMENT + 1) + "-" + limit
                        + " only for patients demonstrating improvement.")
                .denial(DenialCode.co("50"))
                .liable(Liability.PROVIDER)
                .suggestion("Document the patient's improvement before billing sessions "
                        + (AcupunctureSessions.BEFORE_IMPROVEMENT + 1) + "-" + limit + ".")
                .build());
    }
}
