package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.OCCUPATIONAL_THERAPIST;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
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

class TherapyModifierRuleTest {

    private final TherapyModifierRule rule = new TherapyModifierRule();

    @Test
    void deniesPtExerciseWithoutDisciplineModifier() {
        // given
        Claim claim = claimWith(line("97110").modifiers().charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-THERAPY-MODIFIER");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void deniesPhysiciansTherapyCodeWithoutDisciplineModifier() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(PHYSICIAN).modifiers("59"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void deniesUnattendedElectricalStimulationWithoutDisciplineModifier() {
        // given
        Claim claim = claimWith(line("G0283").modifiers());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsGpGoOrGn() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP"), line("97530").renderedBy(OCCUPATIONAL_THERAPIST)
                .modifiers("GO"), line("97112").modifiers("GN"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesMassageTherapistToLmtRules() {
        // given
        Claim claim = claimWith(massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesChiropractorToChiroAdjunct() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(CHIROPRACTOR).modifiers());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCodeThatIsNotAlwaysTherapy() {
        // given
        Claim claim = claimWith(line("97010").modifiers(), line("97810").modifiers());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110").modifiers()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
