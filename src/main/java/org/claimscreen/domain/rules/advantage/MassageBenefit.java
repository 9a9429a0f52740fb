package org.claimscreen.domain.rules.advantage;

import java.time.LocalDate;
import java.util.Optional;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ProviderType;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * What the Medicare Advantage massage rules share: which plan a claim is on, which lines draw on the
 * plan's supplemental massage benefit, and the plan year a date falls in.
 *
 * <p>A plan must cover everything Original Medicare covers, so a PT's, OT's, physician's or NPP's
 * 97124 with GP/GO under a plan of care is a basic Part B therapy service, not the supplemental
 * massage benefit; the massage rules leave it alone.
 */
final class MassageBenefit {

    private MassageBenefit() {
    }

    static boolean isAdvantage(Claim claim) {
        return claim.payerType() == PayerType.MEDICARE_ADVANTAGE;
    }

    /** The claim's plan from the plans file, when the claim is a Medicare Advantage claim of a known plan. */
    static Optional<Plan> planOf(ClaimReview review) {
        Claim claim = review.claim();
        return isAdvantage(claim) ? review.reference().plan(claim.planId()) : Optional.empty();
    }

    /** A massage line that only the plan's supplemental massage benefit can pay. */
    static boolean drawsOnBenefit(ClaimReview review, ClaimLine line) {
        return review.codes().massage().contains(line.procedureCode()) && !isPartBTherapy(line);
    }

    private static boolean isPartBTherapy(ClaimLine line) {
        ProviderType type = line.renderingType();
        boolean qualified = type == ProviderType.PHYSICAL_THERAPIST || type == ProviderType.OCCUPATIONAL_THERAPIST
                || type.isPhysicianOrNpp();
        return qualified && line.hasAnyModifier("GP", "GO") && line.planOfCare().isYes();
    }

    /** True when an earlier Medicare Advantage rule expects the plan to deny the line. */
    static boolean deniedByPlan(ClaimReview review, ClaimLine line) {
        for (Finding finding : review.findingsOn(line)) {
            if (finding.ruleId().startsWith("MA-") && finding.severity() == Severity.DENY) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the plan year that contains {@code date}. */
    static LocalDate planYearStart(Plan plan, LocalDate date) {
        LocalDate start = plan.planYearStart().atYear(date.getYear());
        return date.isBefore(start) ? plan.planYearStart().atYear(date.getYear() - 1) : start;
    }

    /** Whether the roster lists {@code provider} in the network of {@code plan}. */
    static boolean inNetwork(Optional<RosterProvider> provider, Plan plan) {
        return provider.isPresent() && provider.get().inNetworkOf(plan.planId());
    }
}
