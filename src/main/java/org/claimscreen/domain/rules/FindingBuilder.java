package org.claimscreen.domain.rules;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * Builds a finding on a line with the catalog's defaults, so each rule states only what is its own:
 * a DENY or REVIEW puts the line's charge at risk; the patient is estimated to owe the charge when
 * liable for it; INFO findings put nothing at risk.
 */
public final class FindingBuilder {

    private final RuleInfo rule;
    private final Claim claim;
    private final ClaimLine line;
    private Severity severity;
    private String message;
    private DenialCode denialCode;
    private Liability liable;
    private Money amountAtRisk;
    private Money patientEstimate;
    private String suggestion;

    private FindingBuilder(RuleInfo rule, Claim claim, ClaimLine line) {
        this.rule = rule;
        this.claim = claim;
        this.line = line;
        this.severity = rule.severity();
    }

    public static FindingBuilder on(RuleInfo rule, Claim claim, ClaimLine line) {
        return new FindingBuilder(rule, claim, line);
    }

    public FindingBuilder severity(Severity value) {
        this.severity = value;
        return this;
    }

    public FindingBuilder message(String value) {
        this.message = value;
        return this;
    }

    public FindingBuilder denial(DenialCode value) {
        this.denialCode = value;
        return this;
    }

    public FindingBuilder liable(Liability value) {
        this.liable = value;
        return this;
    }

    public FindingBuilder amountAtRisk(Money value) {
        this.amountAtRisk = value;
        return this;
    }

    public FindingBuilder patientEstimate(Money value) {
        this.patientEstimate = value;
        return this;
    }

    public FindingBuilder suggestion(String value) {
        this.suggestion = value;
        return this;
    }

    public Finding build() {
        Money charge = line == null ? Money.ZERO : line.charge();
        Money atRisk = amountAtRisk != null ? amountAtRisk : (severity.holdsClaim() ? charge : Money.ZERO);
        Money owed = patientEstimate != null ? patientEstimate
                : (severity.holdsClaim() && liable == Liability.PATIENT ? charge : Money.ZERO);
        return new Finding(rule.id(), severity, claim.claimId(), line == null ? null : line.lineNumber(),
                message, denialCode, liable, atRisk, owed, suggestion, rule.policy());
    }
}
