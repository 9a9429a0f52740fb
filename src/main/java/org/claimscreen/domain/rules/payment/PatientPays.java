package org.claimscreen.domain.rules.payment;

import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.screening.Finding;

/**
 * Which massage lines the patient pays for: every one on a self-pay claim, and any other whose
 * claim-phase findings (DENY or REVIEW) leave the patient liable. Patient-cost rules run in the
 * findings phase, so those findings are complete when this is asked. Both PAY rules use it, so each still
 * works when configuration switches the other off.
 */
final class PatientPays {

    private PatientPays() {
    }

    static boolean forMassage(ClaimReview review, ClaimLine line) {
        if (!review.codes().massage().contains(line.procedureCode())) {
            return false;
        }
        if (review.claim().payerType() == PayerType.SELF_PAY) {
            return true;
        }
        for (Finding finding : review.findingsOn(line)) {
            if (finding.makesPatientLiable()) {
                return true;
            }
        }
        return false;
    }

    /** {@code $70.00}, as messages show amounts. */
    static String dollars(Money amount) {
        return "$" + amount;
    }
}
