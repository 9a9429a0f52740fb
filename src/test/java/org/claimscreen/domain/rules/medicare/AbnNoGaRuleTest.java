package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class AbnNoGaRuleTest {

    private static List<Finding> abnNoGa(Claim claim) {
        return Screening.of("MCR-ABN-NO-GA", Screening.screen(claim, new CmtNoAtRule(), new WellnessDiagnosisRule(),
                new AbnMissingRule(), new AbnNoGaRule()));
    }

    @Test
    void reviewsAbnOnFileWithoutGa() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3")
                .lines(line("97124").abn(Indicator.YES).charge("40.00")).build();

        // when
        List<Finding> findings = abnNoGa(claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-ABN-NO-GA");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("40.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void reviewsMaintenanceManipulationWithAbnButNoGa() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03")
                .lines(line("98940").renderedBy(CHIROPRACTOR).modifiers().abn(Indicator.YES)).build();

        // when
        List<Finding> findings = abnNoGa(claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsAbnWithGa() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03")
                .lines(line("98940").renderedBy(CHIROPRACTOR).modifiers("GA").abn(Indicator.YES)).build();

        // when
        List<Finding> findings = abnNoGa(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWithoutAbnWhichAbnMissingReports() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124")).build();

        // when
        List<Finding> findings = abnNoGa(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWhenTheServiceIsExcludedAndThePatientPaysAnyway() {
        // given a chiropractor's massage for stress: CO-50 and PR-170 (statutory exclusion)
        Claim claim = originalMedicare().diagnoses("Z73.3")
                .lines(line("97124").renderedBy(CHIROPRACTOR).modifiers().abn(Indicator.YES)).build();

        // when
        List<Finding> findings = Screening.of("MCR-ABN-NO-GA", Screening.screen(claim, new WellnessDiagnosisRule(),
                new ChiropractorAdjunctRule(), new AbnNoGaRule()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWhenNoRuleDeniesForMedicalNecessity() {
        // given
        Claim claim = originalMedicare().lines(line("97124").abn(Indicator.YES)).build();

        // when
        List<Finding> findings = abnNoGa(claim);

        // then
        assertThat(findings).isEmpty();
    }
}
