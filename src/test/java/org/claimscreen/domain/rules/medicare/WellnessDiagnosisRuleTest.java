package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class WellnessDiagnosisRuleTest {

    private final WellnessDiagnosisRule rule = new WellnessDiagnosisRule();

    @Test
    void flagsMassageForStressAlone() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124").charge("40.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-WELLNESS-DIAGNOSIS");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("40.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("Z73.3");
        });
    }

    @Test
    void expectsRoutineExamDenialWhenDiagnosesIncludeZ00() {
        // given
        Claim claim = originalMedicare().diagnoses("Z00.00", "Z73.3").lines(line("97140")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::denialCode).hasToString("CO-49");
    }

    @Test
    void keepsTheProviderLiableWhenAnAbnIsOnFileButGaIsMissing() {
        // given: Medicare learns of the ABN only from GA on the line
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124").abn(Indicator.YES).charge("40.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
        });
    }

    @Test
    void makesPatientLiableWithPrGroupWhenAbnIsOnFile() {
        // given
        Claim claim = originalMedicare().diagnoses("Z71.89")
                .lines(line("97124").modifiers("GP", "GA").abn(Indicator.YES).charge("40.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("40.00"));
        });
    }

    @Test
    void acceptsMassageWithOneSpecificCondition() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3", "M62.81").lines(line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void readsOnlyTheDiagnosesTheLinePointsTo() {
        // given
        Claim claim = originalMedicare().diagnoses("M62.81", "Z73.3").lines(line("97124").pointers(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void ignoresTherapyThatIsNeitherMassageNorManualTherapy() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("Z73.3").lines(line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
