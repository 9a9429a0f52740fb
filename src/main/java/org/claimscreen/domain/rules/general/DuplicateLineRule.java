package org.claimscreen.domain.rules.general;

import java.util.List;
import java.util.Set;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.LineRule;
import org.claimscreen.domain.rules.PriorService;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * GEN-DUPLICATE-LINE: the same member, date, code, modifiers (in any order) and rendering NPI billed
 * twice is denied as an exact duplicate. Only the later copy is flagged, so a pair in one run does
 * not hold both claims: the copy on an earlier run's claim, on a claim of this run whose id sorts
 * first, or on an earlier line of the same claim. Units and charge are not compared: a second line
 * with other units is still the same service billed twice.
 */
public final class DuplicateLineRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("GEN-DUPLICATE-LINE", RuleSource.PRACTICE, Severity.DENY,
            "The same member, date of service, code, modifiers and rendering NPI appear on another claim (this run"
                    + " or an earlier one) or on an earlier line of the same claim.",
            "X12 claim adjustment reason code 18 (exact duplicate claim/service)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected boolean appliesTo(Claim claim) {
        return true;
    }

    @Override
    protected void check(ClaimReview review, ClaimLine line, List<Finding> findings) {
        Claim claim = review.claim();
        Set<Modifier> modifiers = Set.copyOf(line.modifiers());
        String copy = null;
        for (ClaimLine other : claim.lines()) {
            if (other.lineNumber() < line.lineNumber() && other.serviceDate().equals(line.serviceDate())
                    && other.procedureCode().equals(line.procedureCode())
                    && other.renderingNpi().equals(line.renderingNpi())
                    && Set.copyOf(other.modifiers()).equals(modifiers)) {
                copy = "line " + other.lineNumber() + " of this claim";
                break;
            }
        }
        for (PriorService prior : review.otherServices()) {
            if (copy != null) {
                break;
            }
            if (prior.serviceDate().equals(line.serviceDate()) && prior.procedureCode().equals(line.procedureCode())
                    && prior.renderingNpi().equals(line.renderingNpi())
                    && Set.copyOf(prior.modifiers()).equals(modifiers)) {
                if (prior.runId() != review.runId()) {
                    copy = "claim " + prior.claimId() + " of an earlier run";
                } else if (prior.claimId().compareTo(claim.claimId()) < 0) {
                    copy = "claim " + prior.claimId() + " of this run";
                }
            }
        }
        if (copy == null) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, claim, line)
                .message(line.procedureCode() + " on " + line.serviceDate() + " by " + line.renderingNpi()
                        + " repeats " + copy + " with the same modifiers, so the payer will deny it as a duplicate.")
                .denial(DenialCode.co("18"))
                .liable(Liability.PROVIDER)
                .suggestion("Remove the duplicate line, or combine the units on one line if both services were given.")
                .build());
    }
}
