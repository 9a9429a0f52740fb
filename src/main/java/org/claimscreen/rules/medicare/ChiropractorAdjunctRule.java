package org.claimscreen.rules.medicare;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.ProviderType;
import org.claimscreen.rules.ClaimReview;
import org.claimscreen.rules.FindingBuilder;
import org.claimscreen.rules.LineRule;
import org.claimscreen.rules.RuleInfo;
import org.claimscreen.rules.RuleSource;
import org.claimscreen.screening.DenialCode;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Liability;
import org.claimscreen.screening.Severity;

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
