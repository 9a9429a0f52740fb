package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
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

class MassageStandaloneRuleTest {

    private final MassageStandaloneRule rule = new MassageStandaloneRule();

    @Test
    void flagsStandaloneMassageForOriginalMedicare() {
        // given a physician's 97124 without GP/GO and nothing else that day
        Claim claim = claimWith(line("97124").renderedBy(PHYSICIAN).modifiers().charge("45.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-MASSAGE-STANDALONE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.lineNumber()).isEqualTo(1);
        });
    }

    @Test
    void flagsMassageTherapistsStandaloneMassageAsExclusionThePatientPays() {
        // given
        Claim claim = claimWith(massageByMassageTherapist().charge("90.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-96");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("90.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("90.00"));
        });
    }

    @Test
    void makesPatientLiableWithPr50WhenAbnIsOnFile() {
        // given
        Claim claim = claimWith(line("97124").renderedBy(PHYSICIAN).modifiers("GA").abn(Indicator.YES)
                .charge("45.00"));

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
    void acceptsMassageUnderPtPlanOfCareWithExerciseTheSameDay() {
        // given
        Claim claim = claimWith(line("97110"), line("97124"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsMassageTherapistsMassageWithCoveredServiceTheSameDay() {
        // given: the LMT-* rules judge the massage therapist; this rule only asks "standalone?"
        Claim claim = claimWith(line("97140"), massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void flagsMassageWhoseOnlySameDayTherapyIsTheMassageTherapistsOwnManualTherapy() {
        // given: 97140 by a massage therapist is itself denied, so it makes nothing integral
        Claim claim = claimWith(massageByMassageTherapist(), line("97140").renderedBy(MASSAGE_THERAPIST));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(1);
    }

    @Test
    void flagsMassageWhoseCoveredServiceIsOnAnotherDay() {
        // given
        Claim claim = claimWith(line("97110").on(NEXT_DAY), line("97124").modifiers().planOfCare(Indicator.NO));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void doesNotCountAnotherMassageLineAsCoveredService() {
        // given
        Claim claim = claimWith(massageByMassageTherapist(), massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void reviewsPtMassageUnderPlanOfCareBilledAlone() {
        // given a PT's 97124 with GP under a plan of care, but no covered service that day
        Claim claim = claimWith(line("97124").charge("30.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("30.00"));
        });
    }

    @Test
    void deniesPtMassageBilledAloneWithoutPlanOfCare() {
        // given
        Claim claim = claimWith(line("97124").planOfCare(Indicator.NOT_GIVEN));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.DENY);
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(massageByMassageTherapist()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
