package org.claimscreen.domain.rules.medicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ProviderType;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-CERTIFIER-NOT-PHYSICIAN: outpatient therapy is paid only while the patient is under the care
 * of an MD, DO or DPM (42 CFR 410.60), with the plan of care certified by a physician or NPP, so a
 * chiropractor cannot be the certifying (referring) provider. The line carries only the referring
 * NPI; the provider roster says who it is. Held for review, as the plan may also have been
 * certified by someone else. Lines rendered by a massage therapist or a chiropractor are skipped:
 * MCR-LMT-* and MCR-CHIRO-ADJUNCT already deny them whoever referred.
 */
public final class CertifierNotPhysicianRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CERTIFIER-NOT-PHYSICIAN", RuleSource.PRACTICE,
            Severity.REVIEW,
            "An always-therapy line's referring provider is a chiropractor (roster taxonomy 111N*).",
            "42 CFR 410.60(a); Medicare Benefit Policy Manual ch. 15 §220.1");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return claim.isOriginalMedicare();
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        ProviderType rendering = line.renderingType();
        if (rendering == ProviderType.MASSAGE_THERAPIST || rendering == ProviderType.CHIROPRACTOR
                || !review.codes().alwaysTherapy().contains(line.procedureCode())) {
            return;
        }
        boolean chiropractorReferred = review.reference().provider(line.referringNpi())
                .map(referrer -> referrer.taxonomy().providerType() == ProviderType.CHIROPRACTOR)
                .orElse(false);
        if (!chiropractorReferred) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Therapy " + line.procedureCode() + " on " + line.serviceDate() + " names a chiropractor"
                        + " (NPI " + line.referringNpi() + ") as its referring provider, and a chiropractor cannot"
                        + " certify a therapy plan of care.")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("The plan of care must be certified by an MD, DO or DPM or an NPP (42 CFR 410.60):"
                        + " get the certification and name that provider as the referring provider.")
                .build());
    }
}
