package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class ElectricalStimulation97014RuleTest {

    private final ElectricalStimulation97014Rule rule = new ElectricalStimulation97014Rule();

    @Test
    void deniesUnattendedElectricalStimulationBilledAs97014() {
        // given
        Claim claim = claimWith(line("97014").charge("18.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-97014-NOT-RECOGNIZED");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-16 + N657");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("18.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.suggestion()).contains("G0283");
        });
    }

    @Test
    void acceptsG0283() {
        // given
        Claim claim = claimWith(line("G0283"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayerThatStillTakes97014() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97014")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
