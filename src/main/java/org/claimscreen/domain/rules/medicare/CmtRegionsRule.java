package org.claimscreen.domain.rules.medicare;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-CMT-REGIONS: 98940, 98941 and 98942 are manipulation of 1-2, 3-4 and 5 spinal regions, and
 * each region treated should show as its own spinal subluxation diagnosis (M99.01 cervical ...
 * M99.05 pelvic). A line whose diagnoses name fewer regions than its code needs is held for a
 * person to match the level to the documentation. The minimum per code is the CPT descriptor
 * itself, not a payer figure, so it lives here rather than in the pack. A line with no
 * subluxation diagnosis at all is {@link CmtNoSubluxationRule}'s and is not reported twice.
 */
public final class CmtRegionsRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CMT-REGIONS", RuleSource.PRACTICE, Severity.REVIEW,
            "A chiropractic manipulation line's diagnoses name fewer distinct spinal subluxation regions"
                    + " (M99.01-M99.05) than its code needs (98940: 1, 98941: 3, 98942: 5).",
            "Medicare Benefit Policy Manual ch. 15 §240.1.4; CPT 98940-98942 descriptors");

    /** The fewest spinal regions each manipulation code describes. */
    private static final Map<String, Integer> MINIMUM_REGIONS = Map.of("98940", 1, "98941", 3, "98942", 5);

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
        Integer needed = MINIMUM_REGIONS.get(line.procedureCode().value());
        if (needed == null || !review.codes().chiropracticManipulation().contains(line.procedureCode())) {
            return;
        }
        List<DiagnosisCode> diagnoses = review.claim().diagnosesOf(line);
        if (diagnoses.stream().noneMatch(review.codes().subluxationDiagnoses()::contains)) {
            return;
        }
        Set<DiagnosisCode> regions = new HashSet<>(diagnoses);
        regions.retainAll(review.codes().spinalSubluxationDiagnoses());
        if (regions.size() >= needed) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Spinal manipulation " + line.procedureCode() + " on " + line.serviceDate() + " needs at"
                        + " least " + needed + " spinal region" + (needed == 1 ? "" : "s") + ", but its diagnoses"
                        + " name " + regions.size() + " (M99.01-M99.05).")
                .denial(MedicalNecessity.denial("50", line))
                .liable(MedicalNecessity.liability(line))
                .suggestion("Match the manipulation level to the documented regions: code each treated region's"
                        + " subluxation (M99.01-M99.05) or bill the lower level.")
                .build());
    }
}
