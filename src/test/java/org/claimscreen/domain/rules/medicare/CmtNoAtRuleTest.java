package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class CmtNoAtRuleTest {

    private final CmtNoAtRule rule = new CmtNoAtRule();

    private static LineBuilder manipulation(String code) {
        return line(code).renderedBy(CHIROPRACTOR).referringNpi(null).planOfCare(Indicator.NOT_GIVEN);
    }

    private static Claim claimWith(LineBuilder line) {
        return originalMedicare().diagnoses("M99.03", "M54.50").lines(line).build();
    }

    @Test
    void deniesManipulationWithoutAt() {
        // given
        Claim claim = claimWith(manipulation("98940").modifiers().charge("45.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-NO-AT");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("maintenance care").contains("ABN").contains("GA");
        });
    }

    @Test
    void makesPatientLiableForMaintenanceCareWithAbnAndGa() {
        // given
        Claim claim = claimWith(manipulation("98941").modifiers("GA").abn(Indicator.YES).charge("55.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("55.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("55.00"));
        });
    }

    @Test
    void keepsProviderLiableWhenAbnIsOnFileButGaIsMissing() {
        // given
        Claim claim = claimWith(manipulation("98940").modifiers().abn(Indicator.YES));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
        });
    }

    @Test
    void acceptsActiveTreatmentWithAt() {
        // given
        Claim claim = claimWith(manipulation("98942").modifiers("AT"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresExtraspinalManipulation() {
        // given
        Claim claim = claimWith(manipulation("98943").modifiers());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("M99.03").lines(manipulation("98940").modifiers()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
