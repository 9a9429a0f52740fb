package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageConditionRuleTest {

    private final MassageConditionRule rule = new MassageConditionRule();

    @Test
    void flagsMassageForWellnessOnlyEvenWithAnAbnOnFile() {
        // given an ABN, which does not move liability to the member in Medicare Advantage
        Claim claim = maClaim().diagnoses("Z73.3", "Z71.89").lines(benefitMassage().abn(Indicator.YES)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-CONDITION");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void judgesOnlyTheDiagnosesTheLinePointsTo() {
        // given the claim has a condition, but the massage line points only at stress
        Claim claim = maClaim().diagnoses("M62.81", "Z73.3").lines(benefitMassage().pointers(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsMassageForASpecificCondition() {
        // given
        Claim claim = maClaim().diagnoses("M62.81", "Z73.3").lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesPlanWithoutMassageBenefitToTheNotCoveredRule() {
        // given
        Claim claim = maClaim().diagnoses("Z73.3").lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().noMassageBenefit()));

        // then
        assertThat(findings).isEmpty();
    }
}
