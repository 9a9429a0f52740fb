package org.claimscreen.domain.screening;

import java.util.Objects;
import org.claimscreen.domain.claim.Money;

/**
 * What one rule says about one claim line (or the whole claim when {@code lineNumber} is null).
 *
 * @param denialCode      the expected adjustment, null for INFO findings that predict none
 * @param liable          who pays if the line is denied, null when the rule does not say
 * @param amountAtRisk    dollars of the line the payer would not pay
 * @param patientEstimate what the patient would likely owe for the line
 * @param policy          the manual, regulation or plan document the rule rests on
 */
public record Finding(
        String ruleId,
        Severity severity,
        String claimId,
        Integer lineNumber,
        String message,
        DenialCode denialCode,
        Liability liable,
        Money amountAtRisk,
        Money patientEstimate,
        String suggestion,
        String policy) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(message, "message");
        amountAtRisk = amountAtRisk == null ? Money.ZERO : amountAtRisk;
        patientEstimate = patientEstimate == null ? Money.ZERO : patientEstimate;
    }

    public boolean makesPatientLiable() {
        return liable == Liability.PATIENT && severity.holdsClaim();
    }
}
