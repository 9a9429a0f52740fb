package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * Who pays for an Original Medicare line denied as not reasonable and necessary: the patient only
 * when a signed ABN is on file AND the line carries GA, since Medicare learns of the ABN only from
 * GA (it then denies PR-50); otherwise the provider (CO). The catalog's liability note reads "an ABN
 * on file"; practice (domain notes 0.2) and MCR-ABN-NO-GA's fix ("append GA so the patient can be
 * billed") need the modifier too, so practice wins. Statutory exclusions do not go through here:
 * the patient pays those without an ABN.
 */
final class MedicalNecessity {

    private MedicalNecessity() {
    }

    static Liability liability(ClaimLine line) {
        return line.abnOnFile().isYes() && line.hasModifier("GA") ? Liability.PATIENT : Liability.PROVIDER;
    }

    /** The reason code (50, 49) under the group code that matches {@link #liability(ClaimLine)}. */
    static DenialCode denial(String reason, ClaimLine line) {
        return DenialCode.co(reason).forLiability(liability(line));
    }

    /**
     * True when one of {@code findings} expects a denial for medical necessity (DENY, reason 50) and
     * none already makes the patient pay regardless (a statutory exclusion such as a massage
     * therapist's or chiropractor's service, where no ABN is needed and GA changes nothing).
     */
    static boolean deniedForNecessity(List<Finding> findings) {
        boolean necessity = false;
        for (Finding finding : findings) {
            if (finding.severity() != Severity.DENY || finding.denialCode() == null) {
                continue;
            }
            if (finding.denialCode().reason().equals("50")) {
                necessity = true;
            } else if (finding.liable() == Liability.PATIENT) {
                return false;
            }
        }
        return necessity;
    }
}
