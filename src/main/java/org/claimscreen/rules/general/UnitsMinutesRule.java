package org.claimscreen.rules.general;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
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
 * GEN-UNITS-MINUTES: a timed (15-minute) code's units should follow from its minutes under the
 * 8-minute rule: under 8 minutes is no unit, 8-22 one, 23-37 two, and so on
 * ({@code (minutes + 7) / 15}). Any payer: a line whose units do not match its own minutes is
 * miscoded. Each line is judged on its own minutes only. Medicare actually adds the minutes of
 * all timed codes of the day and then assigns units, most minutes first, so two short services
 * may share a unit; that total-time rule is left to a later refinement, and until then such a
 * day can be flagged although Medicare would pay it.
 */
public final class UnitsMinutesRule extends LineRule {

    public static final RuleInfo INFO = new RuleInfo("GEN-UNITS-MINUTES", RuleSource.PRACTICE, Severity.DENY,
            "A timed code's units do not follow from its own minutes under the 8-minute rule"
                    + " (units = (minutes + 7) / 15, none under 8 minutes).",
            "Medicare Claims Processing Manual ch. 5 (timed codes, 8-minute rule)");

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
        Integer minutes = line.minutes();
        if (minutes == null || !review.codes().timedCodes().contains(line.procedureCode())) {
            return;
        }
        int expected = units(minutes);
        if (line.units() == expected) {
            return;
        }
        findings.add(FindingBuilder.on(INFO, review.claim(), line)
                .message("Timed code " + line.procedureCode() + " on " + line.serviceDate() + " has " + minutes
                        + " minutes, which is " + expected + " unit" + (expected == 1 ? "" : "s") + " under the"
                        + " 8-minute rule, but bills " + line.units() + ".")
                .denial(DenialCode.co("151"))
                .liable(Liability.PROVIDER)
                .suggestion("Recompute the units from the minutes: 8-22 minutes is 1 unit, 23-37 is 2, 38-52 is 3,"
                        + " and under 8 minutes is not billable on its own.")
                .build());
    }

    /** The 8-minute rule's units for {@code minutes} of one timed service. */
    static int units(int minutes) {
        return minutes < 8 ? 0 : (minutes + 7) / 15;
    }
}
