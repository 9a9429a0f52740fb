package org.claimscreen.domain.rules.general;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.NcciEdit;
import org.claimscreen.domain.rules.Phase;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * NCCI-PTP: two codes of a procedure-to-procedure edit on the same date by the same rendering
 * provider pay only the column-1 code. With modifier indicator 0 nothing bypasses the edit (DENY);
 * with 1 a distinct-service modifier (59, XE, XS, XP, XU) on the column-2 line does, so without one
 * the line is held for review; 9 means the edit does not apply. The finding goes on the column-2
 * line, once, naming every column-1 code that bundles it. Edits are dated pack data.
 *
 * <p>Not on a column-2 line that a claim rule already denies as never payable for its provider
 * (a chiropractor's or massage therapist's 97140): no modifier makes that line payable, so
 * advising 59/XS there would be wrong. Hence it runs in the {@link Phase#FINDINGS} phase.
 */
public final class NcciPtpRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("NCCI-PTP", RuleSource.PRACTICE, Severity.DENY,
            "Two lines on the same date by the same rendering provider form an NCCI procedure-to-procedure edit:"
                    + " indicator 0 (DENY), or indicator 1 without 59/XE/XS/XP/XU on the column-2 line (REVIEW).",
            "CMS National Correct Coding Initiative, practitioner procedure-to-procedure edits");

    private static final String[] DISTINCT_SERVICE = {"59", "XE", "XS", "XP", "XU"};

    /** Rules whose DENY says the line is never payable for the provider who rendered it. */
    private static final Set<String> NEVER_PAYABLE_FOR_PROVIDER = Set.of("MCR-CHIRO-ADJUNCT",
            "MCR-MANUAL-THERAPY-PROVIDER", "MCR-LMT-UNSUPERVISED", "MCR-LMT-NOT-INTEGRAL", "MCR-LMT-SUPERVISED",
            "MCR-LMT-SUPERVISOR-NOT-ELIGIBLE");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** After the claim rules: it must not advise a modifier on a line another rule denies outright. */
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
        if (neverPayableForItsProvider(review, line)) {
            return;
        }
        boolean distinct = line.hasAnyModifier(DISTINCT_SERVICE);
        List<String> denying = new ArrayList<>();
        List<String> bypassable = new ArrayList<>();
        for (ClaimLine other : claim.otherLinesOnSameDay(line)) {
            if (!other.renderingNpi().equals(line.renderingNpi())) {
                continue;
            }
            String column1 = other.procedureCode().value();
            for (NcciEdit edit : review.pack().ncciEdits(other.procedureCode(), line.procedureCode(), line.serviceDate())) {
                if (edit.modifierIndicator() == 0 && !denying.contains(column1)) {
                    denying.add(column1);
                } else if (edit.modifierIndicator() == 1 && !distinct && !bypassable.contains(column1)) {
                    bypassable.add(column1);
                }
            }
        }
        bypassable.removeAll(denying);
        if (denying.isEmpty() && bypassable.isEmpty()) {
            return;
        }
        FindingBuilder finding = FindingBuilder.on(INFO, claim, line)
                .denial(DenialCode.co("236"))
                .liable(Liability.PROVIDER);
        String bundled = line.procedureCode() + " on " + line.serviceDate() + " is bundled into ";
        if (!denying.isEmpty()) {
            findings.add(finding.severity(Severity.DENY)
                    .message(bundled + String.join(", ", denying) + " by the same provider that day under an NCCI"
                            + " edit that no modifier bypasses.")
                    .suggestion("No modifier bypasses this edit: drop the column-2 line.")
                    .build());
        } else {
            findings.add(finding.severity(Severity.REVIEW)
                    .message(bundled + String.join(", ", bypassable) + " by the same provider that day under an NCCI"
                            + " edit, and the line has no 59, XE, XS, XP or XU to show a distinct service.")
                    .suggestion("Add 59 or XE/XS/XP/XU only when the documentation supports a distinct service;"
                            + " otherwise drop the column-2 line.")
                    .build());
        }
    }

    private static boolean neverPayableForItsProvider(ClaimReview review, ClaimLine line) {
        for (Finding finding : review.findingsOn(line)) {
            if (finding.severity() == Severity.DENY && NEVER_PAYABLE_FOR_PROVIDER.contains(finding.ruleId())) {
                return true;
            }
        }
        return false;
    }
}
