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

class HotColdPacks97010RuleTest {

    private final HotColdPacks97010Rule rule = new HotColdPacks97010Rule();

    @Test
    void notesThatHotColdPacksAreNeverPaidAndNotThePatientsToPay() {
        // given
        Claim claim = claimWith(line("97110"), line("97010").charge("15.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-97010-BUNDLED");
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.denialCode()).hasToString("CO-97");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.ZERO);
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("patient cannot be billed");
        });
    }

    @Test
    void ignoresOtherModalities() {
        // given
        Claim claim = claimWith(line("97012"), line("G0283"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97010")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
