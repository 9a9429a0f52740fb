package org.claimscreen.domain.rules.payment;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.claimscreen.domain.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.domain.rules.medicare.MassageStandaloneRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class SelfPayRuleTest {

    private final SelfPayRule rule = new SelfPayRule();

    @Test
    void tellsPatientTheyPayForMassageOnSelfPayClaim() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(massageByMassageTherapist().charge("95.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("PAY-SELF-PAY");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.denialCode()).isNull();
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.ZERO);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("95.00"));
        });
    }

    @Test
    void tellsPatientTheyPayWhenEarlierFindingMakesThemLiable() {
        // given
        Claim claim = claimWith(massageByMassageTherapist().charge("95.00"));

        // when
        List<Finding> findings = Screening.screen(claim, new LmtUnsupervisedRule(), rule);

        // then
        assertThat(Screening.of("PAY-SELF-PAY", findings)).singleElement()
                .extracting(Finding::patientEstimate).isEqualTo(Money.of("95.00"));
    }

    @Test
    void notesTypicalRangeWhenSixtyMinuteSessionIsChargedOutsideIt() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(massageByMassageTherapist().units(4).charge("200.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("60-minute session is typically $70.00-$150.00 self-pay");
    }

    @Test
    void doesNotNoteRangeWhenSixtyMinuteSessionIsChargedWithinIt() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(massageByMassageTherapist().units(4).charge("120.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().doesNotContain("typically");
    }

    @Test
    void staysQuietWhenTheProviderIsLiable() {
        // given a physician's standalone 97124 without an ABN: CO-50, the provider's loss
        Claim claim = claimWith(line("97124").renderedBy(PHYSICIAN).modifiers());

        // when
        List<Finding> findings = Screening.screen(claim, new MassageStandaloneRule(), rule);

        // then
        assertThat(Screening.of("PAY-SELF-PAY", findings)).isEmpty();
    }

    @Test
    void staysQuietForLineThatIsNotMassage() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietForCoveredCommercialMassage() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(massageByMassageTherapist()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
