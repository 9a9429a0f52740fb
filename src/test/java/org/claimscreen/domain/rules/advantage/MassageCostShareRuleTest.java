package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.rules.payment.SelfPayRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageCostShareRuleTest {

    private final MassageCostShareRule rule = new MassageCostShareRule();

    @Test
    void tellsTheMemberTheCopayOfACoveredMassage() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().copay("20.00")));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-COST-SHARE");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.denialCode()).isNull();
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.ZERO);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("20.00"));
        });
    }

    @Test
    void capsTheCopayAtTheCharge() {
        // given
        Claim claim = maClaim().lines(benefitMassage().charge("15.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().copay("20.00")));

        // then
        assertThat(findings).singleElement().extracting(Finding::patientEstimate).isEqualTo(Money.of("15.00"));
    }

    @Test
    void estimatesCoinsuranceAsAPercentOfTheCharge() {
        // given
        Claim claim = maClaim().lines(benefitMassage().charge("85.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().coinsurance("20")));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("17.00"));
            assertThat(finding.message()).contains("20% coinsurance");
        });
    }

    @Test
    void staysQuietWhenAnEarlierAdvantageRuleDeniesTheLine() {
        // given the referrer is missing on a plan that requires an order
        Claim claim = maClaim().lines(benefitMassage().referringNpi(null)).build();

        // when
        List<Finding> findings = Screening.screen(claim, History.NONE, reference(plan().requiresOrder().copay("20.00")),
                new MassageNoOrderRule(), rule);

        // then
        assertThat(Screening.of("MA-MASSAGE-COST-SHARE", findings)).isEmpty();
    }

    @Test
    void staysQuietOnAPlanWithoutCostShare() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietOnAPlanWithoutMassageBenefit() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE,
                reference(plan().noMassageBenefit().copay("20.00")));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotMakeTheSelfPayRuleChargeTheWholeVisit() {
        // given an INFO finding leaves the patient liable only for the copay, not the charge
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.screen(claim, History.NONE, reference(plan().copay("20.00")), rule,
                new SelfPayRule());

        // then
        assertThat(Screening.of("PAY-SELF-PAY", findings)).isEmpty();
    }
}
