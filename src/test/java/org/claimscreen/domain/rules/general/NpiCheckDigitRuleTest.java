package org.claimscreen.domain.rules.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.BAD_CHECK_DIGIT_NPI;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class NpiCheckDigitRuleTest {

    private final NpiCheckDigitRule rule = new NpiCheckDigitRule();

    @Test
    void flagsRenderingNpiWithWrongCheckDigit() {
        // given
        Claim claim = Claims.claimWith(line("97110").renderingNpi(BAD_CHECK_DIGIT_NPI).charge("55.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-NPI-INVALID");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-16 + N290");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("55.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("rendering NPI 1234567890");
        });
    }

    @Test
    void flagsSupervisingReferringAndBillingNpisInOneFindingPerLine() {
        // given
        Claim claim = Claims.claimWith(line("97110").supervisedBy(BAD_CHECK_DIGIT_NPI)
                .referringNpi(BAD_CHECK_DIGIT_NPI).billingNpi(BAD_CHECK_DIGIT_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("supervising", "referring", "billing").doesNotContain("rendering");
    }

    @Test
    void flagsInvalidNpiForAnyPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97124").referringNpi(BAD_CHECK_DIGIT_NPI)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsLineWhoseNpisAllPassTheCheckDigit() {
        // given
        Claim claim = Claims.claimWith(line("97110").supervisedBy(Claims.SUPERVISING_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
