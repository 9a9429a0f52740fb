package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
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

class MbiFormatRuleTest {

    private final MbiFormatRule rule = new MbiFormatRule();

    @Test
    void flagsEveryLineOfOriginalMedicareClaimWithoutValidMbi() {
        // given
        Claim claim = originalMedicare().memberId("123456789A")
                .lines(line("97110").charge("30.00"), line("97140").charge("35.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-31");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.message()).doesNotContain("123456789A");
        });
        assertThat(findings).extracting(Finding::amountAtRisk).containsExactly(Money.of("30.00"), Money.of("35.00"));
    }

    @Test
    void acceptsOriginalMedicareClaimWithValidMbi() {
        // given
        Claim claim = originalMedicare().lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresPlanMemberIdOfMedicareAdvantageClaim() {
        // given
        Claim claim = payer(PayerType.MEDICARE_ADVANTAGE).lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
