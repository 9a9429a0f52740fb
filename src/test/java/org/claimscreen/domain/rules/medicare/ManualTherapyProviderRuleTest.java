package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.ACUPUNCTURIST;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.NURSE_PRACTITIONER;
import static org.claimscreen.domain.claim.Claims.OCCUPATIONAL_THERAPIST_ASSISTANT;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST_ASSISTANT;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManualTherapyProviderRuleTest {

    private final ManualTherapyProviderRule rule = new ManualTherapyProviderRule();

    /*
     * Rule catalog, liability: massage by a massage therapist is a statutory exclusion → PATIENT
     * (group code PR); "A rule whose code depends on the case ... picks both together." So the
     * catalog's CARC 185 goes out as PR-185 here and CO-185 for any other ineligible provider.
     */
    @Test
    void flagsManualTherapyByMassageTherapistAsExclusionThePatientPays() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(MASSAGE_THERAPIST).charge("42.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-MANUAL-THERAPY-PROVIDER");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-185");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("42.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("42.00"));
        });
    }

    @Test
    void flagsManualTherapyByOtherProviderAsProviderError() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(ACUPUNCTURIST).charge("42.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-185");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {PHYSICAL_THERAPIST_ASSISTANT, OCCUPATIONAL_THERAPIST_ASSISTANT, NURSE_PRACTITIONER})
    void acceptsManualTherapyByTherapistAssistantOrPractitioner(String taxonomy) {
        // given
        Claim claim = claimWith(line("97140").renderedBy(taxonomy).modifiers("GP", "CQ"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesChiropractorsManualTherapyToChiroAdjunct() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(CHIROPRACTOR));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97140").renderedBy(MASSAGE_THERAPIST)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
