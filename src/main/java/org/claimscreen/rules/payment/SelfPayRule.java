package org.claimscreen.rules.payment;

import java.util.ArrayList;
import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.Money;
import org.claimscreen.rules.ClaimReview;
import org.claimscreen.rules.FindingBuilder;
import org.claimscreen.rules.Rule;
import org.claimscreen.rules.RuleInfo;
import org.claimscreen.rules.RuleSource;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Liability;
import org.claimscreen.screening.Severity;

/**
 * PAY-SELF-PAY: when the patient will pay for a massage line, the front desk should say so before
 * the visit. Nothing is wrong with the line, so nothing is at risk; the patient's estimate is the
 * charge. The typical self-pay range of a 60-minute session (4 units) is rule-pack data, passed in
 * by the pack rather than fixed here; a charge outside it is pointed out.
 */
public final class SelfPayRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PAY-SELF-PAY", RuleSource.SEED, Severity.INFO,
            "A massage line is the patient's to pay: a self-pay claim, or an earlier finding makes the patient liable.",
            "Source document: massage self-pay (a 60-minute session typically $70-$150)");

    /** Units of a 60-minute timed session (4 x 15 minutes). */
    private static final int SIXTY_MINUTE_UNITS = 4;

    private final Money typicalLow;
    private final Money typicalHigh;

    /**
     * @param typicalLow  lowest typical self-pay charge of a 60-minute session
     * @param typicalHigh highest typical self-pay charge of a 60-minute session
     */
    public SelfPayRule(Money typicalLow, Money typicalHigh) {
        if (typicalLow.compareTo(typicalHigh) > 0) {
            throw new IllegalArgumentException("typical self-pay range " + typicalLow + "-" + typicalHigh + " is empty");
        }
        this.typicalLow = typicalLow;
        this.typicalHigh = typicalHigh;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(ClaimReview review) {
        Claim claim = review.claim();
        List<Finding> findings = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            if (!PatientPays.forMassage(review, line)) {
                continue;
            }
            String message = "The patient is expected to pay the " + PatientPays.dollars(line.charge())
                    + " charge for massage " + line.procedureCode() + " on " + line.serviceDate() + " themselves";
            if (line.units() == SIXTY_MINUTE_UNITS && outsideTypicalRange(line.charge())) {
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
        return findings;
    }

    private boolean outsideTypicalRange(Money charge) {
        return charge.compareTo(typicalLow) < 0 || charge.compareTo(typicalHigh) > 0;
    }
}
