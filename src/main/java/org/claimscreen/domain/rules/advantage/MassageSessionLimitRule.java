package org.claimscreen.domain.rules.advantage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.PriorService;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MA-MASSAGE-SESSION-LIMIT: a plan that caps massage sessions per plan year pays none past the cap,
 * and its Evidence of Coverage says so, so the member pays (PR-119). A session is a date of service
 * with a massage line on the same plan; the count takes the member's earlier sessions of the plan
 * year, from earlier runs and from claims of this run that come first (by date, then claim id), and
 * earlier dates of this claim. Two claims on one date are one session.
 */
public final class MassageSessionLimitRule extends MassageBenefitRule {

    public static final RuleInfo INFO = new RuleInfo("MA-MASSAGE-SESSION-LIMIT", RuleSource.SEED, Severity.DENY,
            "A massage session would exceed the plan's sessions per plan year, counting the member's earlier"
                    + " claims (earlier runs and this run) by date of service.",
            "The plan's Evidence of Coverage (sessions per plan year)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, Plan plan, List<Finding> findings) {
        if (!plan.massageBenefit() || plan.sessionsPerYear() == null) {
            return;
        }
        Claim claim = review.claim();
        LocalDate yearStart = MassageBenefit.planYearStart(plan, line.serviceDate());
        Set<LocalDate> sessions = new TreeSet<>();
        sessions.add(line.serviceDate());
        for (PriorService prior : review.otherServices()) {
            if (prior.payerType() == PayerType.MEDICARE_ADVANTAGE && Objects.equals(prior.planId(), plan.planId())
                    && review.codes().massage().contains(prior.procedureCode())
                    && !prior.serviceDate().isBefore(yearStart)
                    && comesFirst(prior, line.serviceDate(), claim.claimId())) {
                sessions.add(prior.serviceDate());
            }
        }
        for (ClaimLine other : claim.lines()) {
            if (MassageBenefit.drawsOnBenefit(review, other) && other.serviceDate().isBefore(line.serviceDate())
                    && !other.serviceDate().isBefore(yearStart)) {
                sessions.add(other.serviceDate());
            }
        }
        int limit = plan.sessionsPerYear();
        if (sessions.size() <= limit) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message("Massage " + line.procedureCode() + " on " + line.serviceDate() + " would be session "
                        + sessions.size() + " of the plan year starting " + yearStart + ", but plan " + plan.planId()
                        + " covers " + limit + " a plan year.")
                .denial(DenialCode.pr("119"))
                .liable(Liability.PATIENT)
                .suggestion("The member has used the plan's sessions for this plan year: collect self-pay.")
                .build());
    }

    private static boolean comesFirst(PriorService prior, LocalDate serviceDate, String claimId) {
        return prior.serviceDate().isBefore(serviceDate)
                || prior.serviceDate().equals(serviceDate) && prior.claimId().compareTo(claimId) < 0;
    }
}
