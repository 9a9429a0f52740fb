package org.claimscreen.domain.rules.payment;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
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
 * PAY-SELF-PAY: when the patient will pay for a massage line, the front desk should say so before
 * the visit. Nothing is wrong with the line, so nothing is at risk; the patient's estimate is the
 * charge. The typical self-pay range of a 60-minute session (4 units) is rule-pack data
 * ({@code self-pay-60-minutes}), read from the pack the claim is screened with, so a pack file can
 * change it; a charge outside it is pointed out.
 */
public final class SelfPayRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("PAY-SELF-PAY", RuleSource.SEED, Severity.INFO,
            "A massage line is the patient's to pay: a self-pay claim, or an earlier finding makes the patient liable.",
            "Source document: massage self-pay (a 60-minute session typically $70-$150)");

    /** Units of a 60-minute timed session (4 x 15 minutes). */
    private static final int SIXTY_MINUTE_UNITS = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** After the claim rules: it reads which findings leave the patient liable. */
    @Override
    public Phase phase() {
        return Phase.FINDINGS;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return true;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        Claim claim = review.claim();
        if (!PatientPays.forMassage(review, line)) {
            return;
        }
        String message = "The patient is expected to pay the " + PatientPays.dollars(line.charge())
                + " charge for massage " + line.procedureCode() + " on " + line.serviceDate() + " themselves";
        Money typicalLow = review.pack().selfPayLow();
        Money typicalHigh = review.pack().selfPayHigh();
        if (line.units() == SIXTY_MINUTE_UNITS && outside(line.charge(), typicalLow, typicalHigh)) {
            message += ", and a 60-minute session is typically " + PatientPays.dollars(typicalLow) + "-"
                    + PatientPays.dollars(typicalHigh) + " self-pay";
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message(message + ".")
                .liable(Liability.PATIENT)
                .amountAtRisk(Money.ZERO)
                .patientEstimate(line.charge())
                .suggestion("Tell the patient before the visit that they pay for this massage themselves ("
                        + PatientPays.dollars(line.charge()) + ").")
                .build());
    }

    private static boolean outside(Money charge, Money typicalLow, Money typicalHigh) {
        return charge.compareTo(typicalLow) < 0 || charge.compareTo(typicalHigh) > 0;
    }
}
