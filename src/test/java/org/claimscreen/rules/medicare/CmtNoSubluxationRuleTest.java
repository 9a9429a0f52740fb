package org.claimscreen.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.claim.Claims.line;
import static org.claimscreen.claim.Claims.originalMedicare;
import static org.claimscreen.claim.Claims.payer;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.Claims.LineBuilder;
import org.claimscreen.claim.Indicator;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.PayerType;
import org.claimscreen.rules.Screening;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Liability;
import org.claimscreen.screening.Severity;
import org.junit.jupiter.api.Test;

class CmtNoSubluxationRuleTest {

    private final CmtNoSubluxationRule rule = new CmtNoSubluxationRule();

    private static LineBuilder manipulation(String code) {
        return line(code).renderedBy(CHIROPRACTOR).modifiers("AT").referringNpi(null).planOfCare(Indicator.NOT_GIVEN);
    }

    @Test
    void deniesManipulationForBackPainWithoutSubluxation() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50").lines(manipulation("98940").charge("45.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-NO-SUBLUXATION");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void deniesWhenTheSubluxationIsOnTheClaimButNotPointedTo() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03", "M54.50").lines(manipulation("98941").pointers(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void makesPatientLiableWithPr50WhenAbnIsOnFile() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50")
                .lines(manipulation("98940").modifiers("GA").abn(Indicator.YES).charge("45.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("45.00"));
        });
    }

    @Test
    void acceptsManipulationPointingToASubluxation() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50", "M99.03").lines(manipulation("98940").pointers(2, 1))
                .build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void readsAllOfTheClaimsDiagnosesWhenTheLineHasNoPointers() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50", "M99.00").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresTherapyLine() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50").lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("M54.50").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
