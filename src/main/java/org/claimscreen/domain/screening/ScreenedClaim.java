package org.claimscreen.domain.screening;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The findings whose dollars the totals count: for each flagged line (a claim-level finding is
     * line 0) its most severe DENY or REVIEW finding, the larger amount at risk between two of the
     * same severity, the earlier in rule order between equals. INFO findings never count. Every
     * output's dollars are sums over these, so a breakdown by any column adds up to the headline.
     */
    public List<Finding> countedFindings() {
        Map<Integer, Finding> perLine = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (!finding.severity().holdsClaim()) {
                continue;
            }
            perLine.merge(lineKey(finding), finding, ScreenedClaim::moreTelling);
        }
        return List.copyOf(perLine.values());
    }

    /** Dollars at risk counting each flagged line once, under its counted finding. */
    public Money amountAtRisk() {
        Money total = Money.ZERO;
        for (Finding finding : countedFindings()) {
            total = total.plus(finding.amountAtRisk());
        }
        return total;
    }

    /** The patient's likely cost, counting each line once (the largest estimate of its findings). */
    public Money patientEstimate() {
        Map<Integer, Money> perLine = new HashMap<>();
        for (Finding finding : findings) {
            perLine.merge(lineKey(finding), finding.patientEstimate(), Money::max);
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

    private static int lineKey(Finding finding) {
        return finding.lineNumber() == null ? 0 : finding.lineNumber();
    }

    private static Finding moreTelling(Finding kept, Finding candidate) {
        if (candidate.severity() != kept.severity()) {
            return candidate.severity() == Severity.DENY ? candidate : kept;
        }
        return candidate.amountAtRisk().compareTo(kept.amountAtRisk()) > 0 ? candidate : kept;
    }
}
