package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
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

class AbnMissingRuleTest {

    private static List<Finding> abnMissing(Claim claim) {
        return Screening.of("MCR-ABN-MISSING", Screening.screen(claim, new WellnessDiagnosisRule(),
                new TherapyNoPlanOfCareRule(), new LmtUnsupervisedRule(), new AbnMissingRule()));
    }

    @Test
    void notesProviderLiabilityForMedicalNecessityDenialWithoutAbn() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124").charge("40.00")).build();

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-ABN-MISSING");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.denialCode()).isNull();
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.ZERO);
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void notesOnceHoweverManyRulesDenyForMedicalNecessity() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124").planOfCare(Indicator.NO)).build();

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void staysQuietWhenAbnIsOnFile() {
        // given
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(line("97124").abn(Indicator.YES)).build();

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietForReviewOfMedicalNecessity() {
        // given a plan of care that is not given: REVIEW CO-50
        Claim claim = claimWith(line("97110").planOfCare(Indicator.NOT_GIVEN));

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietForDenialThatIsNotMedicalNecessity() {
        // given PR-96 + N95: massage therapists cannot bill Medicare, with or without an ABN
        Claim claim = claimWith(massageByMassageTherapist());

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWhenTheServiceIsExcludedAndThePatientPaysAnyway() {
        // given a massage therapist's stress-relief massage: CO-50 and the statutory exclusion (patient)
        Claim claim = originalMedicare().diagnoses("Z73.3").lines(massageByMassageTherapist()).build();

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietOnCleanLine() {
        // given
        Claim claim = claimWith(line("97110"));

        // when
        List<Finding> findings = abnMissing(claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresMedicareAdvantageWhereAbnsDoNotApply() {
        // given
        Claim claim = payer(PayerType.MEDICARE_ADVANTAGE).planId("H1234-001").diagnoses("Z73.3")
                .lines(line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(new AbnMissingRule(), claim);

        // then
        assertThat(findings).isEmpty();
    }
}
