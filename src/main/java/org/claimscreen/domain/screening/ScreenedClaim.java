package org.claimscreen.domain.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;

/** A claim with every finding the rule pack made on it. */
public record ScreenedClaim(Claim claim, List<Finding> findings) {

    public ScreenedClaim {
        findings = List.copyOf(findings);
    }

    public ClaimStatus status() {
        for (Finding finding : findings) {
            if (finding.severity().holdsClaim()) {
                return ClaimStatus.HELD;
            }
        }
        return ClaimStatus.CLEAN;
    }

    /** Dollars at risk counting each line's charge once, however many rules flag it. */
    public Money amountAtRisk() {
        return sumPerLine(true);
    }

    /** The patient's likely cost, counting each line once (the largest estimate of its findings). */
    public Money patientEstimate() {
        return sumPerLine(false);
    }

    private Money sumPerLine(boolean atRisk) {
        Map<Integer, Money> perLine = new HashMap<>();
        for (Finding finding : findings) {
            Money amount = atRisk ? finding.amountAtRisk() : finding.patientEstimate();
            perLine.merge(finding.lineNumber() == null ? 0 : finding.lineNumber(), amount, Money::max);
        }
        Money total = Money.ZERO;
        for (Money amount : perLine.values()) {
            total = total.plus(amount);
        }
        Money charges = Money.ZERO;
        for (ClaimLine line : claim.lines()) {
            charges = charges.plus(line.charge());
        }
        return total.min(charges);
    }
}
