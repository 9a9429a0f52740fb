package org.claimscreen.domain.rules.medicare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.PriorService;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-THERAPY-THRESHOLD-KX: once a beneficiary's therapy spending in a calendar year passes the
 * year's threshold (rule-pack data: $2,410 in 2025, $2,480 in 2026), Medicare pays further therapy
 * only with KX attesting its medical necessity. PT and SLP (GP, GN) share one amount, OT (GO) has
 * its own, as the MACs accrue them. Spending is estimated at the pack's fee schedule times units
 * over the member's Original Medicare lines that come before this one (earlier dates, then claim id,
 * then line number) plus this line; a code without a fee counts nothing, so the estimate errs low.
 * The denial is for medical necessity: the patient pays only with an ABN on file.
 */
public final class TherapyThresholdKxRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-THERAPY-THRESHOLD-KX", RuleSource.PRACTICE, Severity.DENY,
            "A therapy line without KX brings the member's therapy spending of the calendar year (PT+SLP, or OT)"
                    + " past the year's threshold.",
            "Per-beneficiary therapy threshold and KX modifier (CMS amounts as published by NGS and Noridian)");

    private enum Bucket {
        PT_SLP("PT and speech therapy"),
        OT("occupational therapy");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        static Bucket of(List<Modifier> modifiers) {
            for (Modifier modifier : modifiers) {
                if (modifier.value().equals("GO")) {
                    return OT;
                }
            }
            for (Modifier modifier : modifiers) {
                if (modifier.value().equals("GP") || modifier.value().equals("GN")) {
                    return PT_SLP;
                }
            }
            return null;
        }
    }

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
        if (!review.codes().alwaysTherapy().contains(line.procedureCode()) || line.hasModifier("KX")) {
            return;
        }
        // without a discipline modifier the line accrues to no amount; MCR-THERAPY-MODIFIER reports it
        Bucket bucket = Bucket.of(line.modifiers());
        int year = line.serviceDate().getYear();
        Optional<Money> threshold = review.pack().therapyThreshold(year);
        if (bucket == null || threshold.isEmpty()) {
            return;
        }
        Claim claim = review.claim();
        Money spent = Money.ZERO;
        for (PriorService prior : review.otherServices()) {
            if (prior.payerType() == PayerType.ORIGINAL_MEDICARE && prior.serviceDate().getYear() == year
                    && Bucket.of(prior.modifiers()) == bucket
                    && comesFirst(prior.serviceDate(), prior.claimId(), line.serviceDate(), claim.claimId())) {
                spent = spent.plus(cost(review, prior.procedureCode(), prior.serviceDate(), prior.units()));
            }
        }
        for (ClaimLine other : claim.lines()) {
            if (other.serviceDate().getYear() == year && Bucket.of(other.modifiers()) == bucket
                    && comesFirst(other, line)) {
                spent = spent.plus(cost(review, other.procedureCode(), other.serviceDate(), other.units()));
            }
        }
        spent = spent.plus(cost(review, line.procedureCode(), line.serviceDate(), line.units()));
        if (spent.compareTo(threshold.get()) <= 0) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message("Therapy " + line.procedureCode() + " on " + line.serviceDate() + " brings the member's "
                        + year + " " + bucket.label + " spending to about $" + spent + ", past the $"
                        + threshold.get() + " threshold, and the line has no KX modifier.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Add KX when the documentation supports continued need for therapy; otherwise expect a"
                        + " denial.")
                .build());
    }

    private static Money cost(ClaimReview review, ProcedureCode code, LocalDate date, int units) {
        return review.pack().fee(code, date).map(fee -> Money.ofCents(Math.multiplyExact(fee.cents(), (long) units)))
                .orElse(Money.ZERO);
    }

    private static boolean comesFirst(LocalDate date, String claimId, LocalDate thisDate, String thisClaimId) {
        return date.isBefore(thisDate) || date.equals(thisDate) && claimId.compareTo(thisClaimId) < 0;
    }

    private static boolean comesFirst(ClaimLine other, ClaimLine line) {
        return other.serviceDate().isBefore(line.serviceDate())
                || other.serviceDate().equals(line.serviceDate()) && other.lineNumber() < line.lineNumber();
    }
}
