package org.claimscreen.domain.rules.medicare;

import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.ProviderType;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-ACUPUNCTURE-COVERAGE: NCD 30.3.3 covers acupuncture and dry needling only for chronic low
 * back pain, at most a yearly number of sessions (rule-pack data: 20; a session is a visit, one date
 * of service, counted by {@link AcupunctureSessions}), and chiropractors and acupuncturists cannot
 * bill Medicare for it. One finding per line names every reason; the denial
 * code and liability are the first reason's. A missing diagnosis or a session past the limit is a
 * medical-necessity denial, and so, as the catalog has it, is an ineligible rendering provider
 * (CO-185): the patient pays only with an ABN and GA (then PR). Each reason's group code follows
 * who it makes liable.
 */
public final class AcupunctureCoverageRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-ACUPUNCTURE-COVERAGE", RuleSource.PRACTICE, Severity.DENY,
            "An acupuncture line has no chronic low back pain diagnosis, is rendered by a chiropractor or"
                    + " acupuncturist, or is past the yearly session limit (a session is a visit: one date of"
                    + " service, however many acupuncture codes it bills).",
            "NCD 30.3.3 Acupuncture for Chronic Low Back Pain");

    private record Reason(String text, DenialCode denial, Liability liable) {
    }

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
        if (!review.codes().acupuncture().contains(line.procedureCode())) {
            return;
        }
        Claim claim = review.claim();
        List<Reason> reasons = new ArrayList<>();
        List<DiagnosisCode> diagnoses = claim.diagnosesOf(line);
        if (diagnoses.stream().noneMatch(review.codes().chronicLowBackPainDiagnoses()::contains)) {
            reasons.add(new Reason("it has no chronic low back pain diagnosis",
                    MedicalNecessity.denial("50", line), MedicalNecessity.liability(line)));
        }
        ProviderType rendering = line.renderingType();
        if (rendering == ProviderType.CHIROPRACTOR || rendering == ProviderType.ACUPUNCTURIST) {
            reasons.add(new Reason("a" + (rendering == ProviderType.ACUPUNCTURIST ? "n acupuncturist" : " chiropractor")
                    + " rendered it, who cannot bill Medicare for acupuncture", MedicalNecessity.denial("185", line),
                    MedicalNecessity.liability(line)));
        }
        int session = AcupunctureSessions.sessionOf(review, line);
        int limit = review.pack().acupunctureVisitsPerYear();
        if (session > limit) {
            reasons.add(new Reason("it would be session " + session + " of " + line.serviceDate().getYear()
                    + ", past the " + limit + " a year Medicare covers",
                    MedicalNecessity.denial("119", line), MedicalNecessity.liability(line)));
        }
        if (reasons.isEmpty()) {
            return;
        }
        Reason first = reasons.get(0);
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message("Acupuncture " + line.procedureCode() + " on " + line.serviceDate() + " is not covered: "
                        + String.join("; ", reasons.stream().map(Reason::text).toList()) + ".")
                .denial(first.denial())
                .liable(first.liable())
                .suggestion("Medicare covers acupuncture only for chronic low back pain (NCD 30.3.3), up to "
                        + limit + " sessions a year, billed by a physician or NPP; otherwise collect self-pay.")
                .build());
    }
}
