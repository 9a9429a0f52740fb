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
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * MCR-CHIRO-ADJUNCT: Medicare pays a chiropractor only for manual manipulation of the spine
 * (98940-98942). Anything else they render (massage, 97140, modalities, 98943, E/M, X-rays) is
 * statutorily excluded: the patient pays. MACs deny it PR-170, or PR-96 + N425 when the line
 * carries GY (excluded service, billed only to get a denial for secondary insurance).
 */
public final class ChiropractorAdjunctRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("MCR-CHIRO-ADJUNCT", RuleSource.SEED, Severity.DENY,
            "A line rendered by a chiropractor (111N*) has a code other than spinal manipulation 98940-98942.",
            "Medicare Benefit Policy Manual ch. 15 §240.1; Palmetto GBA \"X-Rays: Denied for Chiropractors\" (PR-170)");

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
        Claim claim = review.claim();
        if (line.renderingType() == ProviderType.CHIROPRACTOR
                && !review.codes().chiropracticManipulation().contains(line.procedureCode())) {
            boolean gy = line.hasModifier("GY");
            findings.add(FindingBuilder.on(INFO, claim, line)
                    .message(line.procedureCode() + " on " + line.serviceDate() + " is rendered by a chiropractor,"
                            + " and Medicare covers only spinal manipulation (98940-98942) from chiropractors.")
                    .denial(gy ? DenialCode.pr("96").withRemark("N425") : DenialCode.pr("170"))
                    .liable(Liability.PATIENT)
                    .suggestion("Not covered when ordered or given by a chiropractor: append GY if the patient wants"
                            + " a denial for secondary insurance, and collect from the patient.")
                    .build());
        }
    }
}
