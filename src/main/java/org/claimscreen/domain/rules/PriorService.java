package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;

/**
 * A service line the member had on another claim: from an earlier completed run, or from another
 * claim of this run. History rules (sessions per plan year, therapy dollars per year, duplicates)
 * count these.
 *
 * @param runId the run that screened it (this run's id for claims of the same run)
 * @param minutes the line's treatment minutes, or null when the claim did not state them
 */
public record PriorService(
        long runId,
        String claimId,
        int lineNumber,
        LocalDate serviceDate,
        ProcedureCode procedureCode,
        List<Modifier> modifiers,
        int units,
        Integer minutes,
        Money charge,
        Npi renderingNpi,
        PayerType payerType,
        String planId) {

    public PriorService {
        modifiers = List.copyOf(modifiers);
    }

    public boolean hasModifier(String modifier) {
        for (Modifier m : modifiers) {
            if (m.value().equals(modifier)) {
                return true;
            }
        }
        return false;
    }
}
