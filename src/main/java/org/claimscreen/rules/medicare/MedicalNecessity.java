package org.claimscreen.rules.medicare;

import org.claimscreen.claim.ClaimLine;
import org.claimscreen.screening.DenialCode;
import org.claimscreen.screening.Liability;

/**
 * Who pays for an Original Medicare line denied as not reasonable and necessary: the patient only
 * when a signed ABN is on file (Medicare then denies PR-50 with GA), otherwise the provider (CO).
 * Statutory exclusions do not go through here: the patient pays those without an ABN.
 */
final class MedicalNecessity {

    private MedicalNecessity() {
    }

    static Liability liability(ClaimLine line) {
        return line.abnOnFile().isYes() ? Liability.PATIENT : Liability.PROVIDER;
    }

    /**
     * The stricter reading, for maintenance chiropractic care: Medicare learns of the ABN only from
     * GA on the line, so the patient pays only with a signed ABN on file and GA on the line.
     */
    static Liability liabilityWithGa(ClaimLine line) {
        return line.abnOnFile().isYes() && line.hasModifier("GA") ? Liability.PATIENT : Liability.PROVIDER;
    }

    /** The reason code (50, 49) under the group code that matches {@link #liability(ClaimLine)}. */
    static DenialCode denial(String reason, ClaimLine line) {
        return DenialCode.co(reason).forLiability(liability(line));
    }
}
