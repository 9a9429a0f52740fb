package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class ScreeningTallyTest {

    @Test
    void countsVerdictsFindingsFlaggedLinesAndDollarsAsTheReportsDid() {
        Claim claim = Claims.claimWith(Claims.line("97110"), Claims.line("97124"));
        String id = claim.claimId();
        // line 1 flagged twice (counted once), the claim as a whole once, line 2 only by an INFO finding
        ScreenedClaim held = new ScreenedClaim(claim, List.of(
                finding("R-A", Severity.DENY, id, 1, 5_000), finding("R-B", Severity.REVIEW, id, 1, 5_000),
                finding("R-A", Severity.DENY, id, null, 0), finding("R-C", Severity.INFO, id, 2, 0)));
        ScreenedClaim clean = new ScreenedClaim(claim, List.of(finding("R-C", Severity.INFO, id, 1, 0)));

        ScreeningTally first = new ScreeningTally();
        first.add(held);
        ScreeningTally second = new ScreeningTally();
        second.add(clean);
        first.add(second);

        assertThat(first.held).isEqualTo(1);
        assertThat(first.clean).isEqualTo(1);
        assertThat(first.findings).isEqualTo(5);
        assertThat(first.bySeverity()).containsExactly(java.util.Map.entry("DENY", 2L), java.util.Map.entry("REVIEW", 1L),
                java.util.Map.entry("INFO", 2L));
        assertThat(first.linesFlagged).isEqualTo(2);
        assertThat(first.byRule).containsExactly(java.util.Map.entry("R-A", 2L), java.util.Map.entry("R-B", 1L),
                java.util.Map.entry("R-C", 2L));
        assertThat(first.atRiskByRule).containsEntry("R-A", 5_000L).containsEntry("R-B", 5_000L);
        assertThat(first.atRiskCents).isEqualTo(held.amountAtRisk().cents() + clean.amountAtRisk().cents());
    }

    private static Finding finding(String rule, Severity severity, String claimId, Integer line, long cents) {
        return new Finding(rule, severity, claimId, line, "message", null, null, Money.ofCents(cents), Money.ZERO, null,
                null);
    }
}
