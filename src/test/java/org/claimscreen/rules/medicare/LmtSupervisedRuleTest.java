package org.claimscreen.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.claim.Claims.claimWith;
import static org.claimscreen.claim.Claims.line;
import static org.claimscreen.claim.Claims.massageByMassageTherapist;
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

class LmtSupervisedRuleTest {

    private final LmtSupervisedRule rule = new LmtSupervisedRule();

    private static LineBuilder supervisedMassage() {
        return massageByMassageTherapist().supervisedBy(SUPERVISING_NPI).planOfCare(Indicator.YES);
    }

    @Test
    void reviewsSupervisedMassageTherapistThatSourceDocumentAllows() {
        // given
        Claim claim = claimWith(line("97110"), supervisedMassage().charge("50.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-LMT-SUPERVISED");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-185");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("50.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("50.00"));
            assertThat(finding.message()).contains("§230.5", "even under supervision");
        });
    }

    @Test
    void leavesSupervisedMassageTherapistWithoutCoveredServiceToLmtNotIntegral() {
        // given
        Claim claim = claimWith(supervisedMassage());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110"), supervisedMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
