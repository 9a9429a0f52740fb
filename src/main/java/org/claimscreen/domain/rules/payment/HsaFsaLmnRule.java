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
 * PAY-HSA-FSA-LMN: a patient paying for massage may use an HSA or FSA only if the massage treats a
 * specific condition (IRC §213(d)); plan administrators want a Letter of Medical Necessity for
 * that. When the line says no LMN is on file, the patient should get one before paying.
 */
public final class HsaFsaLmnRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("PAY-HSA-FSA-LMN", RuleSource.SEED, Severity.INFO,
            "A massage line the patient pays for has no Letter of Medical Necessity on file for HSA/FSA.",
            "IRC §213(d); IRS Publication 502");

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
        if (line.lmnOnFile().isYes() || !PatientPays.forMassage(review, line)) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message("The patient pays for massage " + line.procedureCode() + " on " + line.serviceDate()
                        + " and has no Letter of Medical Necessity on file, so an HSA or FSA may refuse to pay"
                        + " for it.")
                .liable(Liability.PATIENT)
                .amountAtRisk(Money.ZERO)
                .patientEstimate(line.charge())
                .suggestion("HSA/FSA pays only for treatment of a specific condition: get a Letter of Medical"
                        + " Necessity stating the diagnosis, the treatment, why it is necessary, its frequency and"
                        + " duration, signed and dated by the provider; keep the prescription and itemized receipts.")
                .build());
    }
}
