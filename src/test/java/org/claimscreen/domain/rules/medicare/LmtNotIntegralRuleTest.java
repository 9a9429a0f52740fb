package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class LmtNotIntegralRuleTest {

    private final LmtNotIntegralRule rule = new LmtNotIntegralRule();

    private static LineBuilder supervisedMassage() {
        return massageByMassageTherapist().supervisedBy(SUPERVISING_NPI).planOfCare(Indicator.YES);
    }

    @Test
    void flagsSupervisedMassageTherapistWithoutCoveredServiceThatDay() {
        // given
        Claim claim = claimWith(line("97110").on(NEXT_DAY), supervisedMassage().charge("60.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-LMT-NOT-INTEGRAL");
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-96 + N95");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("60.00"));
            assertThat(finding.message()).contains("no covered therapy service");
        });
    }

    @Test
    void flagsSupervisedMassageTherapistWithoutPlanOfCare() {
        // given
        Claim claim = claimWith(line("97110"), supervisedMassage().planOfCare(Indicator.NOT_GIVEN));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("no plan of care");
    }

    @Test
    void leavesFullySupervisedMassageTherapistToLmtSupervised() {
        // given
        Claim claim = claimWith(line("97110"), supervisedMassage());

        // when
        List<Finding> findings = Screening.screen(claim, rule, new LmtSupervisedRule());

        // then
        assertThat(findings).extracting(Finding::ruleId).containsExactly("MCR-LMT-SUPERVISED");
    }

    @Test
    void leavesUnsupervisedMassageTherapistToLmtUnsupervised() {
        // given
        Claim claim = claimWith(massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
