package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.rules.advantage.Benefits.OTHER_PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class PlanUnknownRuleTest {

    private final PlanUnknownRule rule = new PlanUnknownRule();

    @Test
    void flagsClaimOnPlanMissingFromPlansFileOnceOnItsFirstLine() {
        // given
        Claim claim = maClaim().planId(OTHER_PLAN_ID).lines(benefitMassage(), benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-PLAN-UNKNOWN");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.lineNumber()).isEqualTo(1);
            assertThat(finding.denialCode()).isNull();
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains(OTHER_PLAN_ID);
        });
    }

    @Test
    void flagsAdvantageClaimWithoutPlanId() {
        // given
        Claim claim = maClaim().planId(null).lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("names no plan");
    }

    @Test
    void acceptsPlanInPlansFile() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresOriginalMedicare() {
        // given
        Claim claim = Claims.claimWith(Claims.line("97110"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialClaimWithPlanId() {
        // given
        Claim claim = Claims.payer(PayerType.COMMERCIAL).planId("GOLD-1").lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesTheMassageRulesQuietOnAnUnknownPlan() {
        // given a plan without a massage benefit, but the claim names another plan
        Claim claim = maClaim().planId(OTHER_PLAN_ID).diagnoses("Z73.3").lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.screen(claim, History.NONE, reference(plan().noMassageBenefit()), rule,
                new MassageNotCoveredRule(), new MassageConditionRule(), new MassageOutOfNetworkRule(),
                new MassageCostShareRule());

        // then
        assertThat(findings).extracting(Finding::ruleId).containsExactly("MA-PLAN-UNKNOWN");
    }
}
