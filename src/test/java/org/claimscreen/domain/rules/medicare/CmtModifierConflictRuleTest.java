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

class CmtModifierConflictRuleTest {

    private final CmtModifierConflictRule rule = new CmtModifierConflictRule();

    private static LineBuilder manipulation(String... modifiers) {
        return line("98940").renderedBy(CHIROPRACTOR).modifiers(modifiers).referringNpi(null)
                .planOfCare(Indicator.NOT_GIVEN);
    }

    private static Claim claimWith(LineBuilder line) {
        return originalMedicare().diagnoses("M99.03").lines(line).build();
    }

    @Test
    void deniesActiveTreatmentWithGa() {
        // given
        Claim claim = claimWith(manipulation("AT", "GA").abn(Indicator.YES).charge("45.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-MODIFIER-CONFLICT");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("AT together with GA");
        });
    }

    @Test
    void namesEveryConflictingModifier() {
        // given
        Claim claim = claimWith(manipulation("AT", "GY", "GZ"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("GY and GZ");
    }

    @Test
    void deniesActiveTreatmentWithGx() {
        // given
        Claim claim = claimWith(manipulation("GX", "AT"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsAtAlone() {
        // given
        Claim claim = claimWith(manipulation("AT"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesMaintenanceCareWithGaAndNoAtToCmtNoAt() {
        // given
        Claim claim = claimWith(manipulation("GA").abn(Indicator.YES));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresNonManipulationCodeWithAtAndGy() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(CHIROPRACTOR).modifiers("AT", "GY"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("M99.03").lines(manipulation("AT", "GA")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
