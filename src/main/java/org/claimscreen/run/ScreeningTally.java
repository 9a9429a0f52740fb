package org.claimscreen.run;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimscreen.domain.screening.ClaimStatus;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.domain.screening.Severity;

/**
 * What a partition counts while it screens (verdicts, findings by severity and rule, flagged
 * lines, dollars), kept in its execution context so it commits with the partition's rows; the
 * reports add the partitions' tallies up instead of counting the findings again.
 */
final class ScreeningTally implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    long clean;
    long held;
    long findings;
    long deny;
    long review;
    long info;
    long linesFlagged;
    long atRiskCents;
    long patientCents;
    final TreeMap<String, Long> byRule = new TreeMap<>();
    final TreeMap<String, Long> atRiskByRule = new TreeMap<>();

    void add(ScreenedClaim claim) {
        if (claim.status() == ClaimStatus.CLEAN) {
            clean++;
        } else {
            held++;
        }
        atRiskCents += claim.amountAtRisk().cents();
        patientCents += claim.patientEstimate().cents();
        // a line (or the claim as a whole) with at least one finding that is not INFO
        Set<Integer> flagged = new HashSet<>();
        for (Finding finding : claim.findings()) {
            findings++;
            switch (finding.severity()) {
                case DENY -> deny++;
                case REVIEW -> review++;
                default -> info++;
            }
            byRule.merge(finding.ruleId(), 1L, Long::sum);
            atRiskByRule.merge(finding.ruleId(), finding.amountAtRisk().cents(), Long::sum);
            if (finding.severity() != Severity.INFO) {
                flagged.add(finding.lineNumber());
            }
        }
        linesFlagged += flagged.size();
    }

    void add(ScreeningTally other) {
        clean += other.clean;
        held += other.held;
        findings += other.findings;
        deny += other.deny;
        review += other.review;
        info += other.info;
        linesFlagged += other.linesFlagged;
        atRiskCents += other.atRiskCents;
        patientCents += other.patientCents;
        other.byRule.forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
        other.atRiskByRule.forEach((rule, cents) -> atRiskByRule.merge(rule, cents, Long::sum));
    }

    Map<String, Long> bySeverity() {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        bySeverity.put("DENY", deny);
        bySeverity.put("REVIEW", review);
        bySeverity.put("INFO", info);
        return bySeverity;
    }
}
