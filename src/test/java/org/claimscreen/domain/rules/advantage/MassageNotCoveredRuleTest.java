package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.rules.payment.SelfPayRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageNotCoveredRuleTest {

    private final MassageNotCoveredRule rule = new MassageNotCoveredRule();

    @Test
    void flagsMassageOnPlanWithoutMassageBenefitAsTheMembersToPay() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().noMassageBenefit()));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-NOT-COVERED");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-204");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("80.00"));
            assertThat(finding.suggestion()).contains("$70.00-$150.00");
        });
    }

    @Test
    void letsTheSelfPayRuleTellThePatient() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.screen(claim, History.NONE, reference(plan().noMassageBenefit()), rule,
                new SelfPayRule());

        // then
        assertThat(Screening.of("PAY-SELF-PAY", findings)).hasSize(1);
    }

    @Test
    void acceptsMassageOnPlanWithMassageBenefit() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesOtherCodesAlone() {
        // given
        Claim claim = maClaim().lines(Claims.line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().noMassageBenefit()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesPtMassageUnderPlanOfCareToThePlansBasicBenefits() {
        // given a PT's 97124 with GP under a plan of care: a Part B service every plan must cover
        Claim claim = maClaim().lines(Claims.line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().noMassageBenefit()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresOriginalMedicare() {
        // given
        Claim claim = Claims.claimWith(benefitMassage());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().noMassageBenefit()));

        // then
        assertThat(findings).isEmpty();
    }
}
