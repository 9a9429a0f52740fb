package org.claimscreen.domain.rules.payment;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.claimscreen.domain.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.domain.rules.medicare.MassageStandaloneRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class HsaFsaLmnRuleTest {

    private final HsaFsaLmnRule rule = new HsaFsaLmnRule();

    @Test
    void remindsPatientPayingForMassageToGetLetterOfMedicalNecessity() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(massageByMassageTherapist().charge("85.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("PAY-HSA-FSA-LMN");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.denialCode()).isNull();
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.ZERO);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("85.00"));
            assertThat(finding.suggestion()).contains("Letter of Medical Necessity", "diagnosis", "treatment",
                    "why it is necessary", "frequency", "duration", "signed", "prescription", "itemized receipts");
        });
    }

    @Test
    void remindsPatientMadeLiableByEarlierFindingEvenWithPaySelfPaySwitchedOff() {
        // given
        Claim claim = claimWith(massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.screen(claim, new LmtUnsupervisedRule(), rule);

        // then
        assertThat(Screening.of("PAY-HSA-FSA-LMN", findings)).hasSize(1);
    }

    @Test
    void staysQuietWhenLetterIsOnFile() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(massageByMassageTherapist().lmn(Indicator.YES)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWhenTheProviderIsLiable() {
        // given
        Claim claim = claimWith(line("97124").renderedBy(PHYSICIAN).modifiers());

        // when
        List<Finding> findings = Screening.screen(claim, new MassageStandaloneRule(), rule);

        // then
        assertThat(Screening.of("PAY-HSA-FSA-LMN", findings)).isEmpty();
    }
}
